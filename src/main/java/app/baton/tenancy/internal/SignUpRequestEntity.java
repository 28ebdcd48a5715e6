package app.baton.tenancy.internal;

import app.baton.security.Emails;
import app.baton.shared.TextLimits;
import app.baton.shared.persistence.OneTimeLinkEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A sign-up waiting for its address to be confirmed: what the person typed (no password yet — it is chosen on the
 * confirmation page); the mailed link is a {@link OneTimeLinkEntity}. Global: no company exists yet.
 */
@Entity
@Table(name = "sign_up_request")
public class SignUpRequestEntity extends OneTimeLinkEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, updatable = false, length = Emails.MAX)
    private String email = "";

    @Column(name = "company_name", nullable = false, updatable = false, length = TextLimits.NAME)
    private String companyName = "";

    @Column(name = "display_name", nullable = false, updatable = false, length = TextLimits.NAME)
    private String displayName = "";

    @Column(name = "language_tag", nullable = false, updatable = false, length = 16)
    private String languageTag = "zh-TW";

    protected SignUpRequestEntity() {}

    public SignUpRequestEntity(
            String email,
            String companyName,
            String displayName,
            String languageTag,
            String tokenHash,
            Instant createdAt,
            Instant expiresAt) {
        super(tokenHash, createdAt, expiresAt);
        this.email = email;
        this.companyName = companyName;
        this.displayName = displayName;
        this.languageTag = languageTag;
    }

    public String email() {
        return email;
    }

    public String companyName() {
        return companyName;
    }

    public String displayName() {
        return displayName;
    }

    public String languageTag() {
        return languageTag;
    }
}
