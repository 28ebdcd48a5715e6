package app.baton.insights;

import app.baton.shared.TextLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What both generations agree marketing should achieve (「雙方需要就企業的整體行銷目標達成一致」), from a month on:
 * sales growth, new customers, brand awareness (branded searches, social mentions, the share of positive reviews),
 * site traffic, the KPI targets, and how long each kind of channel takes to show its effect (SEO, content and brand in
 * months; search and social ads in weeks), and the channels whose own KPI targets differ from the company's. Empty
 * figures are not part of the goals. The form is bound to this
 * record; the service checks the same constraints.
 */
public record GoalSheet(
        @NotNull(message = "goals.inForceFromRequired") YearMonth inForceFrom,

        @Nullable
        @DecimalMin(value = "-100", message = "goals.percentRange")
        @DecimalMax(value = "1000", message = "goals.percentRange")
        BigDecimal salesGrowthPct,

        @Nullable @PositiveOrZero(message = "goals.notNegative")
        Integer newCustomers,

        @Nullable @PositiveOrZero(message = "goals.notNegative")
        Integer brandedSearches,

        @Nullable @PositiveOrZero(message = "goals.notNegative")
        Integer socialMentions,

        @Nullable
        @DecimalMin(value = "0", message = "goals.percentRange")
        @DecimalMax(value = "100", message = "goals.percentRange")
        BigDecimal positiveReviewPct,

        @Nullable @PositiveOrZero(message = "goals.notNegative")
        Integer siteVisits,

        @Nullable @DecimalMin(value = "0", message = "goals.notNegative")
        BigDecimal cac,

        @Nullable @DecimalMin(value = "0", message = "goals.notNegative")
        BigDecimal roas,

        @Nullable @DecimalMin(value = "-100", message = "goals.percentRange")
        BigDecimal roiPct,

        @Nullable
        @DecimalMin(value = "0", message = "goals.percentRange")
        @DecimalMax(value = "100", message = "goals.percentRange")
        BigDecimal crPct,

        @Nullable @DecimalMin(value = "0", message = "goals.notNegative")
        BigDecimal ltvCac,

        @Nullable @Min(value = 1, message = "goals.monthsRange") @Max(value = 36, message = "goals.monthsRange")
        Integer seoMonths,

        @Nullable @Min(value = 1, message = "goals.monthsRange") @Max(value = 36, message = "goals.monthsRange")
        Integer contentMonths,

        @Nullable @Min(value = 1, message = "goals.monthsRange") @Max(value = 36, message = "goals.monthsRange")
        Integer brandMonths,

        @Nullable @Min(value = 1, message = "goals.weeksRange") @Max(value = 52, message = "goals.weeksRange")
        Integer searchAdsWeeks,

        @Nullable @Min(value = 1, message = "goals.weeksRange") @Max(value = 52, message = "goals.weeksRange")
        Integer socialAdsWeeks,

        @Nullable @Size(max = TextLimits.TEXT, message = "request.textTooLong")
        String note,

        @Size(max = GoalSheet.MAX_CHANNELS, message = "goals.channels.tooMany")
        List<@Valid ChannelGoal> channels) {

    /** At most this many channels with their own targets (a company has a dozen or so channels). */
    public static final int MAX_CHANNELS = 50;

    public GoalSheet {
        channels = channels == null ? List.of() : List.copyOf(channels);
    }

    /** The same goals from {@code month}, with {@code newNote}: the start of a next version, or a cleaned note. */
    public GoalSheet from(YearMonth month, @Nullable String newNote) {
        return copy(month, newNote, channels);
    }

    /** The same goals with these channels' own targets. */
    public GoalSheet withChannels(List<ChannelGoal> newChannels) {
        return copy(inForceFrom, note, newChannels);
    }

    private GoalSheet copy(YearMonth month, @Nullable String newNote, List<ChannelGoal> newChannels) {
        return new GoalSheet(
                month,
                salesGrowthPct,
                newCustomers,
                brandedSearches,
                socialMentions,
                positiveReviewPct,
                siteVisits,
                cac,
                roas,
                roiPct,
                crPct,
                ltvCac,
                seoMonths,
                contentMonths,
                brandMonths,
                searchAdsWeeks,
                socialAdsWeeks,
                newNote,
                newChannels);
    }

    /**
     * Whole months a channel of {@code kind} takes to show its effect by this sheet (weeks rounded up to months; the
     * seeds' default where the sheet leaves it empty); 0 for a channel of no particular kind.
     */
    public int monthsToImpact(app.baton.budgets.ChannelKind kind) {
        GoalSheet defaults = starting(inForceFrom);
        return switch (kind) {
            case SEO -> orElse(seoMonths, defaults.seoMonths());
            case CONTENT -> orElse(contentMonths, defaults.contentMonths());
            case BRAND -> orElse(brandMonths, defaults.brandMonths());
            case SEARCH_ADS -> weeksAsMonths(orElse(searchAdsWeeks, defaults.searchAdsWeeks()));
            case SOCIAL_ADS -> weeksAsMonths(orElse(socialAdsWeeks, defaults.socialAdsWeeks()));
            case OTHER -> 0;
        };
    }

    private static int orElse(@Nullable Integer value, @Nullable Integer fallback) {
        return value != null ? value : fallback == null ? 0 : fallback;
    }

    /** Weeks as whole months, rounded up (4 weeks is one month, 5 weeks two). */
    private static int weeksAsMonths(int weeks) {
        return (int) Math.ceil(weeks * 7 / 30.44);
    }

    /** A first sheet from {@code month}: the time to impact the seeds describe, no figures yet. */
    public static GoalSheet starting(YearMonth month) {
        return new GoalSheet(
                month, null, null, null, null, null, null, null, null, null, null, null, 6, 6, 12, 4, 4, null,
                List.of());
    }
}
