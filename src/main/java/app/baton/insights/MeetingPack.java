package app.baton.insights;

import app.baton.budgets.RequestRow;
import app.baton.budgets.Tier;
import app.baton.experiments.ExperimentFigure;
import app.baton.reports.ReportFigures;
import app.baton.shared.export.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The meeting pack: the month's page as tables (budget vs actual, KPI attainment, suggestions, experiments to
 * decide, reports with open flags, pending requests, decisions and attendees), written as XLSX by
 * {@link app.baton.shared.export.Exports} and as PDF by {@link PdfPack}. Money stays a number in the workbook.
 */
public final class MeetingPack {

    private MeetingPack() {}

    public static List<Table> tables(MeetingService.Meeting m, PackLabels l) {
        List<Table> tables = new ArrayList<>();
        tables.add(budget(m, l));
        tables.add(groundTruth(m, l));
        tables.add(attainment(m, l));
        tables.add(suggestions(m, l));
        Table experiments = new Table(
                l.t("meeting.experimentsToDecide"),
                List.of("#", l.t("pack.title"), l.t("pack.state"), l.t("pack.budget")));
        for (ExperimentFigure e : m.experimentsToDecide()) {
            experiments.row(
                    e.id(), e.title(), l.t("experiment.status." + e.status().name()), e.budget());
        }
        tables.add(experiments);
        Table flags = new Table(
                l.t("meeting.openFlags"),
                List.of(
                        l.t("dashboard.agency"),
                        l.t("pack.engagement"),
                        l.t("dashboard.month"),
                        l.t("pack.openFlags")));
        for (ReportFigures.OpenFlags f : m.openFlags()) {
            flags.row(f.agency(), f.engagement(), l.month(f.month()), f.open());
        }
        tables.add(flags);
        Table requests = new Table(
                l.t("meeting.pendingRequests"),
                List.of("#", l.t("pack.kind"), l.t("pack.state"), l.t("pack.requester"), l.t("pack.budget")));
        for (RequestRow r : m.pendingRequests()) {
            requests.row(
                    r.id(),
                    l.t("request.kind." + r.kind().name()),
                    l.t("request.status." + r.status().name()),
                    r.requesterName(),
                    r.amount());
        }
        tables.add(requests);
        Table decisions = new Table(
                l.t("meeting.decisions"), List.of(l.t("pack.kind"), "#", l.t("pack.decision"), l.t("pack.recordedBy")));
        for (MeetingService.Decision d : m.record().decisions()) {
            decisions.row(l.t("meeting.kind." + d.kind().name()), d.subjectId(), d.text(), d.recordedBy());
        }
        tables.add(decisions);
        Table attendees = new Table(l.t("meeting.attendees"), List.of(l.t("pack.name")));
        m.record().attendees().forEach(a -> attendees.row(a.name()));
        if (m.record().summary() != null) {
            attendees.row(l.t("meeting.summary") + ": " + m.record().summary());
        }
        tables.add(attendees);
        return tables;
    }

    /**
     * Claimed against verified for the meeting's month: the company's orders, revenue and first orders beside what the
     * agencies claim in total and each engagement on its own; empty company figures when the month is not wholly
     * uploaded.
     */
    private static Table groundTruth(MeetingService.Meeting m, PackLabels l) {
        Table t = new Table(
                l.t("groundTruth.title"),
                List.of(
                        l.t("pack.source"),
                        l.t("groundTruth.orders") + " / " + l.t("groundTruth.purchases"),
                        l.t("groundTruth.revenue") + " / " + l.t("groundTruth.value"),
                        l.t("groundTruth.newVerified") + " / " + l.t("groundTruth.newClaimed")));
        app.baton.sales.SalesComparison c = m.dashboard().truth().months().get(m.month());
        if (c == null) {
            return t;
        }
        if (c.verified().complete()) {
            t.row(
                    l.t("groundTruth.company"),
                    c.verified().orders(),
                    c.verified().revenue(),
                    c.verified().newCustomers());
        } else {
            t.row(l.t("groundTruth.incomplete"), null, null, null);
        }
        t.row(l.t("groundTruth.allClaims"), c.claimedPurchases(), c.claimedValue(), c.claimedNewCustomers());
        for (app.baton.reports.GroundTruth.Claim claim : c.claims()) {
            t.row(
                    "  " + claim.engagement(),
                    claim.total().conversions(),
                    claim.total().conversionValue(),
                    claim.total().newCustomers());
        }
        return t;
    }

    private static Table budget(MeetingService.Meeting m, PackLabels l) {
        Table t = new Table(l.t("meeting.budget"), budgetHeaders(l));
        BudgetActuals.Table table = m.dashboard().table();
        for (Tier tier : Tier.values()) {
            budgetRow(t, l.tier(tier), table.tier(tier).month(m.monthIndex()));
            for (BudgetActuals.Line line : table.channelsOf(tier)) {
                budgetRow(t, "  " + l.channel(line.channelId()), line.month(m.monthIndex()));
            }
        }
        budgetRow(t, l.tier(null), table.total().month(m.monthIndex()));
        return t;
    }

    /** The budget-vs-actual columns, as the dashboard's table and the pack show them. */
    public static List<String> budgetHeaders(PackLabels l) {
        return List.of(
                l.t("dashboard.tierChannel"),
                l.t("dashboard.original"),
                l.t("dashboard.planned"),
                l.t("dashboard.committed"),
                l.t("dashboard.actual"),
                l.t("dashboard.remaining"));
    }

    private static void budgetRow(Table t, String name, BudgetActuals.Amounts a) {
        t.row(name, a.original(), a.planned(), a.committed(), a.actual(), a.remaining());
    }

    private static Table attainment(MeetingService.Meeting m, PackLabels l) {
        List<String> headers = new ArrayList<>();
        headers.add(l.t("dashboard.channel"));
        for (TrendKpi kpi : TrendKpi.values()) {
            headers.add(l.t("kpi.trend." + kpi.name()));
        }
        Table t = new Table(l.t("meeting.attainment"), headers);
        List<@Nullable Object> target = new ArrayList<>();
        target.add(l.t("dashboard.target"));
        for (TrendKpi kpi : TrendKpi.values()) {
            target.add(l.kpi(kpi, m.targets().get(kpi)));
        }
        t.add(target);
        t.add(attainmentRow(l.channel(null), m.overall(), m.targets(), java.util.Map.of(), l));
        for (MeetingService.Attainment a : m.attainment()) {
            t.add(attainmentRow(
                    l.channel(a.channelId()),
                    a.values(),
                    m.targetsOf(a.channelId()),
                    m.channelTargets().getOrDefault(a.channelId(), java.util.Map.of()),
                    l));
        }
        return t;
    }

    /** A row of values, each judged against {@code targets}; a channel's {@code own} targets written beside. */
    private static List<@Nullable Object> attainmentRow(
            String name,
            java.util.Map<TrendKpi, @Nullable BigDecimal> values,
            java.util.Map<TrendKpi, BigDecimal> targets,
            java.util.Map<TrendKpi, BigDecimal> own,
            PackLabels l) {
        List<@Nullable Object> row = new ArrayList<>();
        row.add(name);
        for (TrendKpi kpi : TrendKpi.values()) {
            BigDecimal v = values.get(kpi);
            Boolean met = kpi.met(v, targets.get(kpi));
            String value = own.containsKey(kpi)
                    ? l.t("meeting.attainment.ownTarget", l.kpi(kpi, v), l.kpi(kpi, own.get(kpi)))
                    : l.kpi(kpi, v);
            row.add(value + (met == null ? "" : " " + l.t(met ? "pack.met" : "pack.missed")));
        }
        return row;
    }

    private static Table suggestions(MeetingService.Meeting m, PackLabels l) {
        Table t = new Table(l.t("meeting.suggestions"), List.of(l.t("pack.suggestion"), l.t("pack.budget")));
        for (Suggestions.Suggestion s : m.suggestions()) {
            t.row(suggestionText(s, l), s.amount());
        }
        return t;
    }

    /** A suggestion in words, as the page and the pack show it. */
    public static String suggestionText(Suggestions.Suggestion s, PackLabels l) {
        String kpis = String.join(
                "、", s.kpis().stream().map(k -> l.t("kpi.trend." + k.name())).toList());
        String place = l.tier(s.tier()) + " · " + l.channel(s.channelId());
        if (s.window() != null) {
            return l.t(
                    "suggestion." + s.kind().name(),
                    place,
                    kpis.isEmpty() ? "—" : kpis,
                    l.t("channel.kind." + s.window().kind().name()),
                    s.window().months(),
                    l.month(s.window().judgeFrom()));
        }
        return l.t("suggestion." + s.kind().name(), place, kpis);
    }
}
