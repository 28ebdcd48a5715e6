package app.baton.insights.ui;

import app.baton.budgets.ChannelService;
import app.baton.insights.GoalQueryService;
import app.baton.insights.GoalService;
import app.baton.insights.GoalSheet;
import app.baton.insights.GoalVersion;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipRole;
import app.baton.security.Roles;
import app.baton.shared.Formats;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The goals both generations sign (decision 020): the version in force this month, every version with its
 * signatures (sign the one waiting for your generation), the two newest side by side, and drafting the next version.
 */
@Route("goals")
@Menu(order = 9, icon = "vaadin:flag", title = "nav.goals")
@RolesAllowed({Roles.FOUNDER, Roles.SUCCESSOR})
class GoalsView extends VerticalLayout implements HasDynamicTitle {

    private final GoalService goals;
    private final GoalQueryService queries;
    private final InsightLabels l;
    private final ZoneId zone;
    private final YearMonth thisMonth;
    private final MembershipRole role;
    private final Div content = new Div();
    private final List<ChannelService.ChannelView> activeChannels;

    GoalsView(
            GoalService goals,
            GoalQueryService queries,
            ChannelService channels,
            CurrentUser currentUser,
            Clock clock) {
        this.goals = goals;
        this.queries = queries;
        this.zone = currentUser.requireMembership().zoneId();
        this.thisMonth = YearMonth.now(clock.withZone(zone));
        this.role = currentUser.requireMembership().role();
        List<ChannelService.ChannelView> all = channels.channels();
        this.activeChannels = all.stream().filter(c -> !c.archived()).toList();
        this.l = new InsightLabels(
                this,
                all.stream().collect(Collectors.toMap(ChannelService.ChannelView::id, Function.identity())),
                currentUser.requireMembership().currency());
        addClassName("page");
        content.setWidthFull();
        add(new H2(l.t("goals.title")), new Paragraph(l.t("goals.intro")), content);
        show();
    }

    private void show() {
        content.removeAll();
        List<GoalVersion> versions = queries.versions();
        GoalVersion inForce =
                versions.stream().filter(GoalVersion::inForce).findFirst().orElse(null);
        Paragraph now = new Paragraph(
                inForce == null
                        ? l.t("goals.noneInForce")
                        : l.t(
                                "goals.inForce",
                                inForce.number(),
                                l.month(inForce.sheet().inForceFrom())));
        now.addClassName(inForce == null ? "hint" : "goals-in-force");
        Button draft = new Button(
                l.t("goals.draft.open"),
                click -> new GoalDialog(
                                goals,
                                versions.isEmpty() ? GoalSheet.starting(thisMonth) : next(versions.getFirst()),
                                thisMonth,
                                activeChannels,
                                l,
                                this::show)
                        .open());
        draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(now, draft);
        // the versions with their signatures first (a founder on a phone signs without scrolling past the table),
        // then the two newest side by side
        if (!versions.isEmpty()) {
            content.add(new H3(l.t("goals.versions")));
        }
        versions.forEach(v -> content.add(version(v)));
        if (versions.size() >= 2) {
            content.add(compare(versions.get(1), versions.getFirst()));
        } else if (versions.size() == 1) {
            content.add(compare(null, versions.getFirst()));
        }
    }

    /** The next draft starts from the latest version, from next month. */
    private GoalSheet next(GoalVersion latest) {
        GoalSheet s = latest.sheet();
        YearMonth from = s.inForceFrom().isAfter(thisMonth) ? s.inForceFrom() : thisMonth.plusMonths(1);
        return s.from(from, null);
    }

    /** One version: its state, who drafted and signed it, and the signature button for the generation missing. */
    private Div version(GoalVersion v) {
        Div card = new Div();
        card.addClassName("goal-version");
        Span badge = new Span(l.t(
                v.inForce()
                        ? "goals.state.inForce"
                        : v.agreed()
                                ? "goals.state.agreed"
                                : v.founderSignedBy() == null
                                        ? "goals.state.waitingFounder"
                                        : "goals.state.waitingSuccessor"));
        badge.addClassNames("badge", v.inForce() ? "badge-success" : v.agreed() ? "badge-info" : "badge-warning");
        card.add(new Div(
                new Span(l.t("goals.version", v.number(), l.month(v.sheet().inForceFrom()))), new Span(" "), badge));
        card.add(hint(l.t("goals.drafted", v.draftedBy(), Formats.date(v.draftedAt(), zone, l.locale()))));
        card.add(hint(
                v.founderSignedBy() == null
                        ? l.t("goals.founderNotSigned")
                        : l.t(
                                "goals.founderSigned",
                                v.founderSignedBy(),
                                Formats.date(Objects.requireNonNull(v.founderSignedAt()), zone, l.locale()))));
        card.add(hint(
                v.founderAlone()
                        ? l.t("goals.founderAlone")
                        : v.successorSignedBy() == null
                                ? l.t("goals.successorNotSigned")
                                : l.t(
                                        "goals.successorSigned",
                                        v.successorSignedBy(),
                                        Formats.date(
                                                Objects.requireNonNull(v.successorSignedAt()), zone, l.locale()))));
        if (v.sheet().note() != null) {
            card.add(new Paragraph(v.sheet().note()));
        }
        boolean mine = !v.agreed()
                && (role == MembershipRole.FOUNDER ? v.founderSignedBy() == null : v.successorSignedBy() == null);
        if (mine) {
            Button sign = new Button(l.t("goals.sign", v.number()), click -> {
                if (new Refusals().then(e -> show()).run(() -> goals.sign(v.id(), v.version()))) {
                    Toasts.success("goals.signed", v.number());
                    show();
                }
            });
            sign.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            card.add(sign);
        }
        return card;
    }

    /** Two versions side by side, each figure in a row; the rows that changed stand out. */
    private Div compare(GoalVersion before, GoalVersion after) {
        Div table = new Div();
        table.addClassName("goal-compare");
        table.add(new H3(
                before == null
                        ? l.t("goals.compare.one", after.number())
                        : l.t("goals.compare", before.number(), after.number())));
        Div head = row(
                l.t("goals.compare.figure"),
                before == null ? null : l.t("goals.compare.v", before.number()),
                l.t("goals.compare.v", after.number()));
        head.addClassName("goal-compare-head");
        table.add(head);
        table.add(row(
                l.t("goals.inForceFrom"),
                before == null ? null : l.month(before.sheet().inForceFrom()),
                l.month(after.sheet().inForceFrom())));
        for (GoalFields.Field field : GoalFields.ALL) {
            String was = before == null ? null : GoalFields.text(field, before.sheet(), l);
            String now = GoalFields.text(field, after.sheet(), l);
            Div row = row(l.t("goals.field." + field.name()), was, now);
            if (was != null && !was.equals(now)) {
                row.addClassName("changed");
            }
            table.add(row);
        }
        // the channels with their own targets, in either version
        java.util.Set<Long> ids = new java.util.TreeSet<>();
        if (before != null) {
            before.sheet().channels().forEach(g -> ids.add(g.channelId()));
        }
        after.sheet().channels().forEach(g -> ids.add(g.channelId()));
        for (long id : ids) {
            String was = before == null ? null : channelTargets(before.sheet(), id);
            String now = channelTargets(after.sheet(), id);
            Div row = row(l.t("goals.channels.row", l.channel(id)), was, now);
            if (was != null && !was.equals(now)) {
                row.addClassName("changed");
            }
            table.add(row);
        }
        return table;
    }

    /** "CAC NT$1,200 · ROAS 2" for a channel's own targets in a version, "—" when it has none there. */
    private String channelTargets(GoalSheet sheet, long channelId) {
        return sheet.channels().stream()
                .filter(g -> g.channelId() == channelId)
                .findFirst()
                .map(g -> {
                    List<String> parts = new java.util.ArrayList<>();
                    GoalFields.CHANNEL.forEach((name, read) -> {
                        BigDecimal value = read.apply(g);
                        if (value != null) {
                            parts.add(l.t("goals.field." + name) + " "
                                    + GoalFields.text(GoalFields.field(name).unit(), value, l));
                        }
                    });
                    return String.join(" · ", parts);
                })
                .orElse("—");
    }

    private static Div row(String label, String left, String right) {
        Div row = new Div();
        row.addClassName("goal-compare-row");
        Span name = new Span(label);
        name.addClassName("goal-compare-name");
        row.add(name);
        if (left != null) {
            row.add(new Span(left));
        }
        row.add(new Span(right));
        return row;
    }

    private static Paragraph hint(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("hint");
        return p;
    }

    @Override
    public String getPageTitle() {
        return l.t("goals.title");
    }
}
