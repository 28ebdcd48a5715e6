package app.baton.security;

import app.baton.shared.DomainException;
import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses are compared and stored trimmed and in lower case. */
public final class Emails {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private Emails() {}

    public static String normalise(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /** The normalised address, or a {@link DomainException} when it is not shaped like an e-mail address. */
    public static String valid(String email) {
        String normalised = normalise(email);
        if (normalised.length() > 254 || !SHAPE.matcher(normalised).matches()) {
            throw new DomainException("email.invalid");
        }
        return normalised;
    }
}
