package app.baton.security;

/** Role names for {@code @RolesAllowed} and {@code hasRole(...)}. */
public final class Roles {
    public static final String FOUNDER = "FOUNDER";
    public static final String SUCCESSOR = "SUCCESSOR";
    public static final String VENDOR = "VENDOR";

    private Roles() {}
}
