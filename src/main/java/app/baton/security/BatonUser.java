package app.baton.security;

import app.baton.shared.i18n.LanguagePreference;
import app.baton.shared.tenant.TenantPrincipal;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person, and the company they are working in right now (if they chose one). */
public final class BatonUser
        implements UserDetails, CredentialsContainer, TenantPrincipal, LanguagePreference, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String email;
    private final String displayName;
    private final String languageTag;
    private @Nullable String passwordHash;
    private final boolean accountNonLocked;
    private final @Nullable MembershipInfo membership;

    public BatonUser(
            long userId,
            String email,
            String displayName,
            String languageTag,
            @Nullable String passwordHash,
            boolean accountNonLocked,
            @Nullable MembershipInfo membership) {
        this.userId = userId;
        this.email = email;
        this.displayName = displayName;
        this.languageTag = languageTag;
        this.passwordHash = passwordHash;
        this.accountNonLocked = accountNonLocked;
        this.membership = membership;
    }

    public long userId() {
        return userId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(languageTag);
    }

    @Override
    public String languageTag() {
        return languageTag;
    }

    public @Nullable MembershipInfo membership() {
        return membership;
    }

    public boolean hasRole(MembershipRole role) {
        return membership != null && membership.role() == role;
    }

    /** The same person working in another membership (or none). */
    public BatonUser withMembership(@Nullable MembershipInfo newMembership) {
        return new BatonUser(userId, email, displayName, languageTag, null, true, newMembership);
    }

    public BatonUser withProfile(String newDisplayName, String newLanguageTag) {
        return new BatonUser(userId, email, newDisplayName, newLanguageTag, null, true, membership);
    }

    @Override
    public @Nullable Long currentTenantId() {
        return membership == null ? null : membership.tenantId();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        if (membership == null) {
            return List.of();
        }
        return List.of(new SimpleGrantedAuthority(membership.role().authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return accountNonLocked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BatonUser that && that.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }

    @Override
    public String toString() {
        return "BatonUser[" + userId + "]";
    }
}
