package app.baton.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random secrets for links and tokens, and the hash under which they are stored. */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {}

    /** {@code bytes} random bytes, URL-safe Base64 without padding. */
    public static String randomSecret(int bytes) {
        byte[] secret = new byte[bytes];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** Hex SHA-256: the secret is random and long, so a fast hash is enough and allows a direct look-up. */
    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads the tenant id from a token shaped {@code <prefix><tenantId><separator><secret>}; {@code -1} when the
     * token is not shaped so.
     */
    public static long tenantOf(String token, String prefix, char separator) {
        if (!token.startsWith(prefix)) {
            return -1;
        }
        String rest = token.substring(prefix.length());
        int at = rest.indexOf(separator);
        if (at <= 0 || at > 18) {
            return -1;
        }
        try {
            long tenantId = Long.parseLong(rest.substring(0, at));
            return tenantId > 0 ? tenantId : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
