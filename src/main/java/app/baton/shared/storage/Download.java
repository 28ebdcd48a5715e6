package app.baton.shared.storage;

import java.io.InputStream;

/** A stored file opened for download: its label, type, size and the unchanged bytes; the caller closes the stream. */
public record Download(String fileName, String mediaType, long size, InputStream content) {}
