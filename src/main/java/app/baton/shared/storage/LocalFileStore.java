package app.baton.shared.storage;

import app.baton.shared.SharedProperties;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Files on the local disk under {@code baton.files-dir} (default {@code ./data/files}), never under a web-served
 * path: {@code <company>/<random id>}. Downloads go through the application, which checks who may read them.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(
        name = "baton.files.store",
        havingValue = "local",
        matchIfMissing = true)
class LocalFileStore implements FileStore {

    private final Path root;

    @org.springframework.beans.factory.annotation.Autowired
    LocalFileStore(SharedProperties properties) {
        this(properties.filesDir());
    }

    LocalFileStore(String dir) {
        this.root = Path.of(dir).toAbsolutePath().normalize();
    }

    @Override
    public String put(long tenantId, Path content) throws IOException {
        String key = tenantId + "/" + UUID.randomUUID();
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
        return key;
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("key outside the store");
        }
        return path;
    }
}
