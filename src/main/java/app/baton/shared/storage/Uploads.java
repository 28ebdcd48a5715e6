package app.baton.shared.storage;

import app.baton.shared.DomainException;
import app.baton.shared.TextLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.Tika;

/**
 * Reading an uploaded file safely: at most {@code maxBytes} are read (a larger file is refused before the rest is
 * read), the SHA-256 is computed on the way, and the type is told by the content (Apache Tika's magic-byte
 * detection) and must agree with the name's extension. The file name is only ever a label.
 */
public final class Uploads {

    private static final Tika TIKA = new Tika();

    /** The types attachments may have, by extension: what the content must be detected as. */
    public static final Map<String, Set<String>> ATTACHMENT_TYPES = Map.of(
            "pdf", Set.of("application/pdf"),
            "png", Set.of("image/png"),
            "jpg", Set.of("image/jpeg"),
            "jpeg", Set.of("image/jpeg"),
            "csv", Set.of("text/plain", "text/csv"));

    private Uploads() {}

    /**
     * Reads a whole upload into one array of its declared length ({@code -1} when unknown, as for a body sent in
     * chunks): no growing buffers for a large file. Refusals: {@code file.tooLarge} before anything is read when the
     * declared length is over {@code maxBytes}, or as soon as more than {@code maxBytes} arrive; {@code file.empty}.
     */
    public static byte[] read(InputStream in, long declaredLength, long maxBytes) throws IOException {
        if (declaredLength > maxBytes) {
            throw new DomainException("file.tooLarge", maxBytes / (1024 * 1024));
        }
        byte[] content;
        if (declaredLength >= 0) {
            content = new byte[(int) declaredLength];
            int read = in.readNBytes(content, 0, content.length);
            if (read < content.length) {
                content = java.util.Arrays.copyOf(content, read);
            } else {
                // more than was declared arrives: the bytes count, not the header, up to the limit
                byte[] rest = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes - content.length + 1));
                if (rest.length > 0) {
                    if (content.length + rest.length > maxBytes) {
                        throw new DomainException("file.tooLarge", maxBytes / (1024 * 1024));
                    }
                    byte[] whole = java.util.Arrays.copyOf(content, content.length + rest.length);
                    System.arraycopy(rest, 0, whole, content.length, rest.length);
                    content = whole;
                }
            }
        } else {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (content.length > maxBytes) {
                throw new DomainException("file.tooLarge", maxBytes / (1024 * 1024));
            }
        }
        if (content.length == 0) {
            throw new DomainException("file.empty");
        }
        return content;
    }

    /** A checked upload in a temporary file; delete it when done. */
    public record Checked(Path file, String mediaType, long size, String sha256) {}

    /**
     * Copies at most {@code maxBytes} to a temporary file and checks the type. Refusals: {@code file.tooLarge},
     * {@code file.empty}, {@code file.typeNotAllowed} (extension not accepted), {@code file.typeMismatch} (content is
     * not what the name says).
     */
    public static Checked check(String fileName, InputStream in, long maxBytes, Map<String, Set<String>> allowed)
            throws IOException {
        String extension = extension(fileName);
        Set<String> expected = allowed.get(extension);
        if (expected == null) {
            throw new DomainException(
                    "file.typeNotAllowed",
                    String.join(", ", allowed.keySet().stream().sorted().toList()));
        }
        Path temp = Files.createTempFile("baton-upload-", ".bin");
        try {
            MessageDigest digest = sha256();
            long size = 0;
            try (InputStream digesting = new DigestInputStream(in, digest);
                    OutputStream out = Files.newOutputStream(temp)) {
                byte[] buffer = new byte[8192];
                int read;
                while ((read = digesting.read(buffer)) != -1) {
                    size += read;
                    if (size > maxBytes) {
                        throw new DomainException("file.tooLarge", maxBytes / (1024 * 1024));
                    }
                    out.write(buffer, 0, read);
                }
            }
            if (size == 0) {
                throw new DomainException("file.empty");
            }
            String detected;
            try (InputStream head = Files.newInputStream(temp)) {
                detected = TIKA.detect(head);
            }
            if (!expected.contains(detected)) {
                throw new DomainException("file.typeMismatch", extension.toUpperCase(Locale.ROOT));
            }
            return new Checked(
                    temp,
                    detected.equals("text/plain") ? "text/csv" : detected,
                    size,
                    HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** A name safe to show and to offer as a download name: no path, no control characters, at most 200 chars. */
    public static String displayName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = app.baton.shared.Names.clean(
                name.substring(name.lastIndexOf('/') + 1).replace("\"", ""));
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() > TextLimits.NAME ? name.substring(name.length() - 200) : name;
    }

    private static String extension(String fileName) {
        String name = displayName(fileName);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
