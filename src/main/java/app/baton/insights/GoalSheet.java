package app.baton.insights;

import app.baton.shared.TextLimits;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * What both generations agree marketing should achieve (「雙方需要就企業的整體行銷目標達成一致」), from a month on:
 * sales growth, new customers, brand awareness (branded searches, social mentions, the share of positive reviews),
 * site traffic, the KPI targets, and how long each kind of channel takes to show its effect (SEO, content and brand in
 * months; search and social ads in weeks). Empty figures are not part of the goals. The form is bound to this
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
        String note) {

    /** The same goals from {@code month}, with {@code newNote}: the start of a next version, or a cleaned note. */
    public GoalSheet from(YearMonth month, @Nullable String newNote) {
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
                newNote);
    }

    /** A first sheet from {@code month}: the time to impact the seeds describe, no figures yet. */
    public static GoalSheet starting(YearMonth month) {
        return new GoalSheet(
                month, null, null, null, null, null, null, null, null, null, null, null, 6, 6, 12, 4, 4, null);
    }
}
