package app.baton.selection;

import app.baton.reports.EngagementView;
import app.baton.reports.ScorecardService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * The renewal review of an engagement whose term ends within {@link RenewalQueryService#DAYS_BEFORE} days: its
 * scorecard (with the five-criteria ratings by quarter), what it cost over the term so far — the fees of the months
 * run, each at the fee in force then, and the media its accepted reports state — and the cost per order the
 * company's own data attributes to its channels ({@code null} without such data); and the decision, once taken.
 *
 * @param monthsRun the term's months up to this one
 * @param verifiedOrders orders the company's sales attribute to the engagement's channels in its reported months
 */
public record RenewalReview(
        EngagementView engagement,
        long daysLeft,
        ScorecardService.Scorecard scorecard,
        int monthsRun,
        BigDecimal fees,
        BigDecimal media,
        @Nullable Integer verifiedOrders,
        @Nullable BigDecimal perVerifiedOrder,
        @Nullable Decision decision) {

    public BigDecimal totalCost() {
        return fees.add(media);
    }

    /** The decision taken: the choice, the note, who and when, and the round or terms it opened. */
    public record Decision(
            RenewalChoice choice,
            String note,
            String decidedBy,
            java.time.Instant decidedAt,
            @Nullable Long roundId,
            @Nullable Integer termsNumber) {}

    /** An engagement due for review, as listed. */
    public record Due(long engagementId, String title, String agencyName, LocalDate end, long daysLeft) {}

    /** The months of a term up to {@code today}'s. */
    static int monthsRun(LocalDate start, LocalDate end, LocalDate today) {
        YearMonth first = YearMonth.from(start);
        YearMonth last = YearMonth.from(today.isBefore(end) ? today : end);
        return last.isBefore(first) ? 0 : (int) java.time.temporal.ChronoUnit.MONTHS.between(first, last) + 1;
    }
}
