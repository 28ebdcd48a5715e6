package app.baton.security;

import java.util.Optional;

/** Test access to the package-private token check. */
public final class ApiTokenAccess {
    private ApiTokenAccess() {}

    public static Optional<MembershipInfo> authenticate(ApiTokenService tokens, String token) {
        return tokens.authenticate(token);
    }
}
