package app.baton.sales.parsing;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which of the company's channels an order's UTM tags point to (decision 015): paid Google traffic to GOOGLE_ADS, any
 * Facebook, Instagram or Meta source to META_ADS, LINE to LINE, e-mail to EDM, organic search to SEO. An order
 * without tags is unattributed (the empty code), never guessed; tags that name none of these are OTHER. Where the
 * tags name no channel, a coupon code the company gave a channel attributes the order to it ({@link SalesTally}).
 */
public final class Attribution {

    public static final String NONE = "";
    public static final String OTHER = "OTHER";

    private Attribution() {}

    /** A coupon code as it is compared: trimmed, upper case (shops treat codes without regard to case). */
    public static String couponKey(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    public static String channel(@Nullable String source, @Nullable String medium) {
        String s = source == null ? "" : source.strip().toLowerCase(Locale.ROOT);
        String m = medium == null ? "" : medium.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty() && m.isEmpty()) {
            return NONE;
        }
        if (m.equals("email") || m.equals("edm") || m.equals("newsletter") || s.equals("newsletter")) {
            return "EDM";
        }
        if (s.contains("line")) {
            return "LINE";
        }
        if (s.contains("facebook") || s.equals("fb") || s.contains("instagram") || s.equals("ig") || s.equals("meta")) {
            return "META_ADS";
        }
        if (s.contains("google") || s.contains("adwords") || s.equals("youtube")) {
            return m.equals("organic") ? "SEO" : "GOOGLE_ADS";
        }
        if (m.equals("organic")) {
            return "SEO";
        }
        return OTHER;
    }
}
