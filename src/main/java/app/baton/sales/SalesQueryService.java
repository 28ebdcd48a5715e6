package app.baton.sales;

import app.baton.sales.internal.SalesDayFigures;
import app.baton.sales.internal.SalesDayRepository;
import app.baton.sales.internal.SalesUploadEntity;
import app.baton.sales.internal.SalesUploadRepository;
import app.baton.sales.parsing.SalesLayout;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the company's own sales show: a month's or a period's verified figures (for each day the latest upload of each
 * source that covers it counts), and the agencies' claims beside them, month by month, in a fixed number of queries.
 */
@Service
public class SalesQueryService {

    private final SalesUploadRepository uploads;
    private final SalesDayRepository days;
    private final app.baton.reports.ReportFigures reports;

    SalesQueryService(SalesUploadRepository uploads, SalesDayRepository days, app.baton.reports.ReportFigures reports) {
        this.uploads = uploads;
        this.days = days;
        this.reports = reports;
    }

    /** The company's verified figures for {@code month} (two queries). */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public VerifiedSales month(YearMonth month) {
        return verified(month.atDay(1), month.atEndOfMonth());
    }

    /**
     * The company's verified figures for the days [from, to] (an experiment's dates): in total and per channel, with
     * how many of the days have sales data (two queries).
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public VerifiedSales period(LocalDate from, LocalDate to) {
        return verified(from, to);
    }

    /** As {@link #month}, for listeners acting in the tenant's transaction (no user to check). */
    VerifiedSales verified(LocalDate from, LocalDate to) {
        List<LocalDate[]> period = new ArrayList<>();
        period.add(new LocalDate[] {from, to});
        return verifiedMonths(from, to, period).get(0);
    }

    /**
     * The verified figures of each period in {@code periods} (all inside [from, to]) in two queries: the uploads
     * touching [from, to] and the day figures of those that count. For each day and source the latest upload covering
     * it counts.
     */
    private List<VerifiedSales> verifiedMonths(LocalDate from, LocalDate to, List<LocalDate[]> periods) {
        return verifiedMonths(
                from, to, periods, uploads.findByPeriodStartLessThanEqualAndPeriodEndGreaterThanEqual(to, from));
    }

    private List<VerifiedSales> verifiedMonths(
            LocalDate from, LocalDate to, List<LocalDate[]> periods, List<SalesUploadEntity> touching) {
        // the shop's order exports and the stores' daily totals are two sources that add up; within each, the latest
        // upload covering a day counts for it
        Map<Long, String> sourceOf = new HashMap<>();
        for (SalesUploadEntity u : touching) {
            sourceOf.put(u.id(), source(u.layout()));
        }
        Map<LocalDate, Map<String, Long>> latest = new HashMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            Map<String, SalesUploadEntity> best = new HashMap<>();
            for (SalesUploadEntity u : touching) {
                if (!d.isBefore(u.periodStart()) && !d.isAfter(u.periodEnd())) {
                    best.merge(sourceOf.get(u.id()), u, (x, y) -> x.versionNumber() > y.versionNumber() ? x : y);
                }
            }
            if (!best.isEmpty()) {
                Map<String, Long> ofDay = new HashMap<>();
                best.forEach((source, u) -> ofDay.put(source, u.id()));
                latest.put(d, ofDay);
            }
        }
        java.util.Set<Long> counting = new java.util.HashSet<>();
        latest.values().forEach(ofDay -> counting.addAll(ofDay.values()));
        // only the uploads that count for some day are read; of their rows, those of the days they count for
        List<SalesDayFigures> rows = new ArrayList<>();
        if (!counting.isEmpty()) {
            for (SalesDayFigures row : days.figuresBetween(from, to)) {
                Map<String, Long> ofDay = latest.get(row.day());
                Long wanted = ofDay == null ? null : ofDay.get(sourceOf.get(row.uploadId()));
                if (wanted != null && wanted == row.uploadId()) {
                    rows.add(row);
                }
            }
        }
        List<VerifiedSales> out = new ArrayList<>(periods.size());
        for (LocalDate[] period : periods) {
            int covered = 0;
            for (LocalDate d = period[0]; !d.isAfter(period[1]); d = d.plusDays(1)) {
                covered += latest.containsKey(d) ? 1 : 0;
            }
            int orders = 0;
            int newCustomers = 0;
            BigDecimal revenue = BigDecimal.ZERO;
            Map<String, int[]> counts = new TreeMap<>();
            Map<String, BigDecimal> revenues = new TreeMap<>();
            for (SalesDayFigures row : rows) {
                if (row.day().isBefore(period[0]) || row.day().isAfter(period[1])) {
                    continue;
                }
                orders += row.orders();
                newCustomers += row.newCustomers();
                revenue = revenue.add(row.revenue());
                int[] c = counts.computeIfAbsent(row.channelCode(), k -> new int[2]);
                c[0] += row.orders();
                c[1] += row.newCustomers();
                revenues.merge(row.channelCode(), row.revenue(), BigDecimal::add);
            }
            Map<String, ChannelFigures> byChannel = new TreeMap<>();
            counts.forEach((code, c) -> byChannel.put(code, new ChannelFigures(c[0], revenues.get(code), c[1])));
            out.add(new VerifiedSales(period[0], period[1], covered, orders, revenue, newCustomers, byChannel));
        }
        return out;
    }

    /** Claimed against verified for {@code month} (five queries, whatever the number of engagements). */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public SalesComparison compare(YearMonth month) {
        return new SalesComparison(month, verified(month.atDay(1), month.atEndOfMonth()), reports.claims(month));
    }

    /** Which source an upload is: the shop's orders, or daily totals (stores, POS). */
    private static String source(String layout) {
        return SalesLayout.valueOf(layout).daily() ? "DAILY" : "ORDERS";
    }

    /**
     * {@link #compare} for every month of [from, to] in the same few queries whatever the span (the dashboard's year
     * and the meeting): the uploads touching it are read once, for the verified figures and for how often a customer
     * buys, which comes from the longest of them: its orders per customer, scaled to a year.
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public SalesMonths compare(YearMonth from, YearMonth to) {
        List<LocalDate[]> periods = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            periods.add(new LocalDate[] {m.atDay(1), m.atEndOfMonth()});
        }
        List<SalesUploadEntity> touching =
                uploads.findByPeriodStartLessThanEqualAndPeriodEndGreaterThanEqual(to.atEndOfMonth(), from.atDay(1));
        List<VerifiedSales> verified = verifiedMonths(from.atDay(1), to.atEndOfMonth(), periods, touching);
        Map<YearMonth, List<app.baton.reports.GroundTruth.Claim>> claims = reports.claims(from, to);
        Map<YearMonth, SalesComparison> months = new java.util.LinkedHashMap<>();
        for (int i = 0; i < periods.size(); i++) {
            YearMonth m = from.plusMonths(i);
            months.put(m, new SalesComparison(m, verified.get(i), claims.getOrDefault(m, List.of())));
        }
        return new SalesMonths(months, purchasesPerYear(touching));
    }

    private static @Nullable BigDecimal purchasesPerYear(List<SalesUploadEntity> touching) {
        SalesUploadEntity longest = null;
        for (SalesUploadEntity u : touching) {
            long days = u.periodEnd().toEpochDay() - u.periodStart().toEpochDay() + 1;
            if (u.distinctCustomers() > 0
                    && days >= 28
                    && (longest == null
                            || days
                                    > longest.periodEnd().toEpochDay()
                                            - longest.periodStart().toEpochDay()
                                            + 1)) {
                longest = u;
            }
        }
        if (longest == null) {
            return null;
        }
        long days = longest.periodEnd().toEpochDay() - longest.periodStart().toEpochDay() + 1;
        return BigDecimal.valueOf(longest.orderCount())
                .multiply(BigDecimal.valueOf(365))
                .divide(
                        BigDecimal.valueOf(longest.distinctCustomers()).multiply(BigDecimal.valueOf(days)),
                        4,
                        java.math.RoundingMode.HALF_UP);
    }
}
