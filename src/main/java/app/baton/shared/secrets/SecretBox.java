package app.baton.shared.secrets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/**
 * Keeps a company's secrets (a LINE channel secret and access token) encrypted at rest: AES-256-GCM with a random IV
 * per value, the key derived (PBKDF2) from {@code BATON_SECRETS_KEY}, which lives outside the database. A database
 * copy alone therefore reveals no secret. Spring Security's {@link Encryptors#delux} does the cryptography (decision
 * 022); nothing here is hand-rolled.
 */
@Component
public class SecretBox {

    private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
    static final String DEVELOPMENT_KEY = "baton-development-only-secrets-key";

    private final TextEncryptor encryptor;

    public SecretBox(@Value("${baton.secrets.key}") String key) {
        if (key.isBlank()) {
            throw new IllegalStateException("baton.secrets.key (BATON_SECRETS_KEY) must be set");
        }
        if (DEVELOPMENT_KEY.equals(key)) {
            log.warn("BATON_SECRETS_KEY is not set: company secrets are encrypted with the development key");
        }
        // the salt only needs to be fixed per key: each value gets its own random IV
        this.encryptor = Encryptors.delux(key, saltOf(key));
    }

    /** The value encrypted, hex-encoded (IV and tag included). */
    public String seal(String plain) {
        return encryptor.encrypt(plain);
    }

    /** The value back; fails when it was sealed with another key. */
    public String open(String sealed) {
        return encryptor.decrypt(sealed);
    }

    private static String saltOf(String key) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(("baton-salt:" + key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
