package app.baton.budgets;

import org.jspecify.annotations.Nullable;

/**
 * What kind of marketing a channel is, for how long it takes to show its effect (issue 18, decision 020): SEO,
 * content and brand work take months (「SEO 的影響力並非立竿見影」), search and social ads weeks. The goal sheet says
 * how long each kind takes; a default channel has its kind from its code, and the founder may set any channel's.
 * Translated as {@code channel.kind.<NAME>}.
 */
public enum ChannelKind {
    SEO(true),
    CONTENT(true),
    BRAND(true),
    SEARCH_ADS(false),
    SOCIAL_ADS(false),
    OTHER(false);

    private final boolean slow;

    ChannelKind(boolean slow) {
        this.slow = slow;
    }

    /** Whether its effect takes months rather than weeks. */
    public boolean slow() {
        return slow;
    }

    /** The kind of a default channel, from its code; a company's own channel is {@link #OTHER} until set. */
    public static ChannelKind ofCode(@Nullable String code) {
        if (code == null) {
            return OTHER;
        }
        return switch (code) {
            case "SEO" -> SEO;
            case "CONTENT" -> CONTENT;
            case "PR", "EVENTS" -> BRAND;
            case "GOOGLE_ADS" -> SEARCH_ADS;
            case "META_ADS", "LINE" -> SOCIAL_ADS;
            default -> OTHER;
        };
    }
}
