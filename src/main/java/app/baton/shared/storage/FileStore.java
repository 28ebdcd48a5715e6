package app.baton.shared.storage;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where files are kept, behind one interface: the local file system (default) or an S3-compatible object store for
 * several app replicas ({@code baton.files.store=s3}; decisions 006 and 011). Keys are made by the store, never from file names.
 */
public interface FileStore {

    /** Stores the bytes under a new key in the company's space. */
    String put(long tenantId, java.nio.file.Path content) throws IOException;

    /** Opens a stored file; the caller closes the stream. */
    InputStream open(String key) throws IOException;

    /** Removes a file (e.g. when the database refused the record that pointed to it). */
    void delete(String key) throws IOException;

    /** Removes files that nothing points at any more (an upload refused after they were stored); a failure only leaves
     * space taken. */
    default void deleteQuietly(java.util.Collection<String> keys) {
        for (String key : keys) {
            try {
                delete(key);
            } catch (IOException ignored) {
                // nothing points at it; it only takes space
            }
        }
    }
}
