package app.baton.insights.ui;

import app.baton.budgets.ChannelService;
import app.baton.budgets.RequestId;
import app.baton.budgets.RequestRow;
import app.baton.budgets.ui.BudgetNavigation;
import app.baton.experiments.ExperimentRow;
import app.baton.experiments.ui.ExperimentNavigation;
import app.baton.insights.GoalVersion;
import app.baton.insights.WaitingService;
import app.baton.reports.WaitingReport;
import app.baton.reports.ui.ReportNavigation;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.security.Roles;
import app.baton.shared.Formats;
import app.baton.shared.ui.CountsBeside;
import app.baton.shared.ui.StatusBadge;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * 等我決定: everything that waits for the signed-in founder or successor, in one list by kind (budget requests,
 * experiments, reports, meetings, goal versions to sign), oldest first, each a large card one tap from its decision. The count is the one
 * in the navigation, on the home page and on the dashboard ({@link WaitingService}).
 */
@Route("approvals")
@Menu(order = 5, icon = "vaadin:bell", title = "nav.waiting")
@RolesAllowed({Roles.FOUNDER, Roles.SUCCESSOR})
public class WaitingForMeView extends VerticalLayout implements HasDynamicTitle, CountsBeside {

    /** How many things the page lists: the count beside its own entry, not counted again. */
    private final long total;

    public WaitingForMeView(WaitingService waiting, ChannelService channels, CurrentUser currentUser) {
        addClassName("page");
        MembershipInfo membership = currentUser.requireMembership();
        ZoneId zone = membership.zoneId();
        InsightLabels l = new InsightLabels(
                this,
                channels.channels().stream()
                        .collect(Collectors.toMap(ChannelService.ChannelView::id, Function.identity())),
                membership.currency());
        WaitingService.Waiting w = waiting.forMe();
        total = w.total();
        add(new H2(getTranslation("waiting.title.count", w.total())));
        if (w.total() == 0) {
            Div empty = new Div(new Paragraph(getTranslation("waiting.empty")));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        section("waiting.section.requests", w.requests(), r -> request(r, l, zone));
        section("waiting.section.experiments", w.experiments(), e -> experiment(e, l));
        section("waiting.section.reports", w.reports(), r -> report(r, l, zone));
        section("waiting.section.meetings", w.meetings(), m -> meeting(m, l));
        section("waiting.section.goals", w.goals(), g -> goal(g, l, zone));
        section("waiting.section.plans", w.plans(), p -> plan(p, l));
    }

    private <T> void section(String titleKey, List<T> items, Function<T, Component> card) {
        if (items.isEmpty()) {
            return;
        }
        Div cards = new Div();
        cards.addClassName("waiting-list");
        items.forEach(item -> cards.add(card.apply(item)));
        H3 title = new H3(getTranslation(titleKey, items.size()));
        title.addClassName("waiting-section");
        add(title, cards);
    }

    private static Anchor card(String href, String kindText, Component... rest) {
        Anchor card = new Anchor(href);
        card.addClassName("waiting-card");
        Span kind = new Span(kindText);
        kind.addClassName("decision-kind");
        Div top = new Div(kind);
        top.addClassName("waiting-card-top");
        card.add(top);
        card.add(rest);
        return card;
    }

    private static Span text(String text, String... classes) {
        Span span = new Span(text);
        span.addClassNames(classes);
        return span;
    }

    static Component request(RequestRow row, InsightLabels l, ZoneId zone) {
        String places = (row.fromTier() == null ? "" : place(l, row.fromTier(), row.fromChannelId()))
                + (row.toTier() == null ? "" : " → " + place(l, row.toTier(), row.toChannelId()));
        Anchor card = card(
                BudgetNavigation.request(new RequestId(row.id())),
                l.t("request.kind." + row.kind().name()) + " · #" + row.id(),
                text(l.money(row.amount()), "big-amount"),
                text(places),
                text(
                        l.t(
                                "waiting.askedBy",
                                row.requesterName(),
                                Formats.dateTime(row.submittedAt(), zone, l.locale())),
                        "hint"));
        if (row.hasViolations()) {
            card.add(new StatusBadge(l.t("request.check.broken"), StatusBadge.Tone.DANGER));
        }
        return card;
    }

    private static String place(
            InsightLabels l, app.baton.budgets.Tier tier, @org.jspecify.annotations.Nullable Long id) {
        return l.tier(tier) + " · " + l.channel(id);
    }

    static Component experiment(ExperimentRow e, InsightLabels l) {
        return card(
                ExperimentNavigation.details(e.id()),
                l.t(
                                e.checkInDue() != null
                                        ? "waiting.experiment.checkIn"
                                        : "waiting.experiment." + e.status().name()) + " · #" + e.id(),
                text(e.title(), "card-title"),
                text(l.money(e.budget()), "big-amount"),
                text(
                        l.t(
                                "waiting.experiment.meta",
                                e.proposerName(),
                                Formats.date(e.startDate(), l.locale()),
                                Formats.date(e.endDate(), l.locale())),
                        "hint"));
    }

    static Component report(WaitingReport r, InsightLabels l, ZoneId zone) {
        Anchor card = card(
                ReportNavigation.version(r.versionId()),
                l.t(r.answered() ? "waiting.report.answered" : "waiting.report.review"),
                text(r.engagement(), "card-title"),
                text(l.t("waiting.report.month", l.month(r.month()), r.agency())),
                text(l.t("waiting.since", Formats.dateTime(r.since(), zone, l.locale())), "hint"));
        if (r.openFlags() > 0) {
            card.add(new StatusBadge(l.t("waiting.report.flags", r.openFlags()), StatusBadge.Tone.WARNING));
        }
        return card;
    }

    static Component meeting(YearMonth month, InsightLabels l) {
        return card(
                InsightsNavigation.meeting(month),
                l.t("waiting.meeting.kind"),
                text(l.t("waiting.meeting.text", l.month(month)), "card-title"));
    }

    static Component goal(GoalVersion g, InsightLabels l, ZoneId zone) {
        return card(
                InsightsNavigation.goals(),
                l.t("waiting.goals.kind", g.number()),
                text(l.t("waiting.goals.text", l.month(g.sheet().inForceFrom())), "card-title"),
                text(
                        l.t("waiting.goals.drafted", g.draftedBy(), Formats.dateTime(g.draftedAt(), zone, l.locale())),
                        "hint"));
    }

    static Component plan(app.baton.budgets.PlanSummary p, InsightLabels l) {
        return card(
                BudgetNavigation.plan() + "?year=" + p.fiscalYear(),
                l.t("waiting.plan.kind"),
                text(l.t("waiting.plan.text", p.fiscalYear()), "card-title"),
                text(l.money(p.totalBudget()), "big-amount"));
    }

    @Override
    public @Nullable Long countBeside(String path) {
        return WaitingBadge.PATH.equals(path) ? total : null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("waiting.title");
    }
}
