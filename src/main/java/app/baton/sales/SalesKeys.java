package app.baton.sales;

import app.baton.sales.internal.SalesKeyEntity;
import app.baton.sales.internal.SalesKeyRepository;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The company's customer-key function (decision 015): HMAC-SHA256 keyed with HMAC(server secret, company salt). The
 * server secret comes from the environment ({@code BATON_CUSTOMER_KEY_SECRET}) and never reaches the database; the
 * salt is made once per company. What leaves is 64 hex characters that say nothing of the e-mail or phone they came
 * from and differ between companies for the same person.
 */
@Component
class SalesKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SalesKeyRepository keys;
    private final byte[] secret;
    private final Clock clock;

    SalesKeys(SalesKeyRepository keys, Clock clock, SalesProperties properties) {
        this.keys = keys;
        this.clock = clock;
        this.secret = properties.customerKeySecret().getBytes(StandardCharsets.UTF_8);
    }

    /** The signed-in company's key function (the salt is made on first use, in the caller's transaction). */
    Function<String, String> customerKey() {
        String salt = keys.findFirstBy()
                .orElseGet(() -> {
                    byte[] bytes = new byte[32];
                    RANDOM.nextBytes(bytes);
                    return keys.saveAndFlush(
                            new SalesKeyEntity(Base64.getEncoder().encodeToString(bytes), clock.instant()));
                })
                .salt();
        byte[] companyKey = hmac(secret, salt.getBytes(StandardCharsets.UTF_8));
        Mac mac = mac(companyKey);
        HexFormat hex = HexFormat.of();
        return identifier -> hex.formatHex(mac.doFinal(identifier.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        return mac(key).doFinal(data);
    }

    private static Mac mac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
