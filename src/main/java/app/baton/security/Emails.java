package app.baton.security;

import app.baton.shared.DomainException;
import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses are compared and stored trimmed and in lower case. */
public final class Emails {

    /**
     * The shape of an address as typed: spaces around it are allowed (they are trimmed), none inside. Forms check it
     * as a {@code @Pattern} ({@code Invite}); {@link #valid} checks it on the normalised address.
     */
    public static final String TYPED_SHAPE = "\\s*[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}\\s*";

    /** The longest address kept (RFC 5321's path limit less the angle brackets). */
    public static final int MAX = 254;

    private static final Pattern SHAPE = Pattern.compile(TYPED_SHAPE);

    private Emails() {}

    public static String normalise(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /** The normalised address, or a {@link DomainException} when it is not shaped like an e-mail address. */
    public static String valid(String email) {
        String normalised = normalise(email);
        if (normalised.length() > MAX || !SHAPE.matcher(normalised).matches()) {
            throw new DomainException("email.invalid");
        }
        return normalised;
    }
}
