package app.baton.reports;

/** A file beside the version. */
public record AttachmentView(long id, String fileName, String mediaType, long size, String sha256) {}
