package app.baton.selection.ui;

import app.baton.budgets.ChannelService;
import app.baton.reports.EngagementKpi;
import app.baton.reports.EngagementQueryService;
import app.baton.reports.ui.ReportNavigation;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipRole;
import app.baton.security.Roles;
import app.baton.selection.CandidateState;
import app.baton.selection.CandidateView;
import app.baton.selection.PastRecord;
import app.baton.selection.ProposalView;
import app.baton.selection.RoundDetail;
import app.baton.selection.RoundState;
import app.baton.selection.ScoreView;
import app.baton.selection.SelectionQueryService;
import app.baton.selection.SelectionService;
import app.baton.shared.DomainException;
import app.baton.shared.Formats;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.StatusBadge;
import app.baton.shared.ui.UiLocale;
import app.baton.tenancy.MembershipService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One selection round. The family compares the candidates side by side (on a phone, one under the other): the total
 * cost over the term, the committed targets against the company's agreed goals, the agency's record with the
 * company, and each scorer's five-criteria scores (another's only after scoring oneself); the founder chooses. An
 * agency's people write their proposal here and see nothing of the other candidates.
 */
@Route("selection/:roundId")
@RolesAllowed({Roles.FOUNDER, Roles.SUCCESSOR, Roles.VENDOR})
class RoundView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SelectionQueryService queries;
    private final SelectionService selection;
    private final EngagementQueryService engagements;
    private final MembershipService memberships;
    private final ChannelService channels;
    private final String currency;
    private final MembershipRole role;
    private final Locale locale;
    private long roundId;
    private String title = "";

    RoundView(
            SelectionQueryService queries,
            SelectionService selection,
            EngagementQueryService engagements,
            MembershipService memberships,
            ChannelService channels,
            CurrentUser currentUser) {
        this.queries = queries;
        this.selection = selection;
        this.engagements = engagements;
        this.memberships = memberships;
        this.channels = channels;
        this.currency = currentUser.requireMembership().currency();
        this.role = currentUser.requireMembership().role();
        this.locale = UiLocale.of(this);
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            roundId = Long.parseLong(
                    event.getRouteParameters().get(SelectionNavigation.ROUND_ID).orElse(""));
            show();
        } catch (NumberFormatException | DomainException e) {
            removeAll();
            Div empty = new Div(new Paragraph(getTranslation("selection.notFound")));
            empty.addClassName("empty-state");
            add(empty);
        }
    }

    private void show() {
        removeAll();
        RoundDetail round = queries.round(roundId);
        title = round.title();
        HorizontalLayout header = new HorizontalLayout(new H2(round.title()));
        header.setWidthFull();
        header.setAlignItems(Alignment.CENTER);
        header.setWrap(true);
        boolean agency = role == MembershipRole.VENDOR;
        boolean open = round.state() == RoundState.OPEN;
        if (!agency && open && !round.deadlinePassed() && engagements.mayManage()) {
            Button ask = new Button(
                    getTranslation("selection.invite"),
                    VaadinIcon.PLUS.create(),
                    click -> new CandidateDialog(selection, memberships, roundId, role, this::show).open());
            ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(ask);
        }
        add(header, facts(round));
        if (agency) {
            showForAgency(round);
            return;
        }
        if (round.engagementId() != null) {
            Div decided = new Div(
                    new Span(getTranslation("selection.decidedText")),
                    new Anchor(
                            ReportNavigation.engagement(round.engagementId()),
                            getTranslation("selection.openEngagement")));
            decided.addClassName("callout");
            add(decided);
        } else if (open && round.choosable() && role != MembershipRole.FOUNDER) {
            add(hint(getTranslation("selection.founderChooses")));
        } else if (open && !round.choosable()) {
            add(hint(getTranslation("selection.chooseAfter", Formats.date(round.deadline(), locale))));
        }
        if (round.candidates().isEmpty()) {
            Div empty = new Div(new Paragraph(getTranslation("selection.noCandidates")));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        add(new H3(getTranslation("selection.compare")));
        add(hint(getTranslation("selection.compareHint", round.termMonths())));
        Div grid = new Div();
        grid.addClassName("compare-grid");
        for (CandidateView c : round.candidates()) {
            grid.add(card(round, c));
        }
        add(grid);
    }

    private Component facts(RoundDetail round) {
        Div facts = new Div();
        facts.addClassName("round-facts");
        facts.add(new Paragraph(getTranslation(
                "selection.term", Formats.date(round.start(), locale), Formats.date(round.end(), locale))));
        facts.add(new Paragraph(getTranslation("selection.deadlineOn", Formats.date(round.deadline(), locale))));
        facts.add(new Paragraph(getTranslation("selection.channelsAre", channelNames(round.channelIds()))));
        if (!round.need().isEmpty()) {
            Paragraph need = new Paragraph(round.need());
            need.addClassName("pre-wrap");
            facts.add(need);
        }
        return facts;
    }

    private Component card(RoundDetail round, CandidateView c) {
        Div card = new Div();
        card.addClassNames("waiting-card", "candidate-card");
        Div top = new Div(new Span(c.agencyName()), badge(c.state()));
        top.addClassName("waiting-card-top");
        top.getChildren().findFirst().ifPresent(t -> ((Span) t).addClassName("item-title"));
        card.add(top);
        ProposalView p = c.proposal();
        if (p == null) {
            card.add(hint(getTranslation("selection.noProposal")));
        } else {
            card.add(row("selection.totalCost", money(p.totalCost()), true));
            card.add(row("selection.monthlyFee", money(p.monthlyFee()), false));
            card.add(row("selection.mediaBudget", money(p.mediaBudget()), false));
            card.add(row("selection.setupFee", money(p.setupFee()), false));
            card.add(row("selection.channels", channelNames(p.channelIds()), false));
            card.add(new H4(getTranslation("selection.targets")));
            if (p.targets().isEmpty()) {
                card.add(hint(getTranslation("selection.noTargets")));
            }
            p.targets()
                    .forEach((kpi, value) ->
                            card.add(target(kpi, value, round.goals().get(kpi))));
            card.add(new H4(getTranslation("selection.plan")));
            card.add(text(p.plan()));
            if (!p.deliverables().isEmpty()) {
                card.add(new H4(getTranslation("selection.deliverables")), text(p.deliverables()));
            }
            if (!p.references().isEmpty()) {
                card.add(new H4(getTranslation("selection.references")), text(p.references()));
            }
            if (!p.sampleReport().isEmpty()) {
                card.add(new H4(getTranslation("selection.sampleReport")), text(p.sampleReport()));
            }
        }
        card.add(new H4(getTranslation("selection.past")));
        card.add(past(c.past()));
        card.add(new H4(getTranslation("selection.scores")));
        card.add(scores(c));
        if (round.state() == RoundState.OPEN && p != null) {
            HorizontalLayout actions = new HorizontalLayout();
            actions.setWrap(true);
            Button score = new Button(
                    getTranslation(c.myScore() == null ? "selection.score" : "selection.rescore"),
                    VaadinIcon.STAR.create(),
                    click -> new ScoreDialog(selection, c, this::show).open());
            score.getElement().setAttribute("aria-label", getTranslation("selection.scoreAgency", c.agencyName()));
            actions.add(score);
            if (role == MembershipRole.FOUNDER && round.choosable()) {
                Button choose = new Button(
                        getTranslation("selection.choose"), VaadinIcon.CHECK.create(), click -> confirmChoice(c));
                choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
                choose.getElement()
                        .setAttribute("aria-label", getTranslation("selection.chooseAgency", c.agencyName()));
                actions.add(choose);
            }
            card.add(actions);
        }
        return card;
    }

    private void confirmChoice(CandidateView c) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("selection.chooseConfirm", c.agencyName()));
        confirm.setText(getTranslation("selection.chooseConfirmText"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("selection.choose"));
        confirm.addConfirmListener(e -> new Refusals()
                .then(refused -> show())
                .call(() -> selection.choose(c.id()))
                .ifPresent(engagementId -> UI.getCurrent().navigate(ReportNavigation.engagement(engagementId))));
        confirm.open();
    }

    private Component target(EngagementKpi kpi, BigDecimal value, @Nullable BigDecimal goal) {
        Div line = new Div();
        line.addClassName("compare-row");
        line.add(new Span(getTranslation("kpi." + kpi.name())), new Span(kpi(kpi, value)));
        if (goal != null) {
            boolean meets = kpi.lowerIsBetter() ? value.compareTo(goal) <= 0 : value.compareTo(goal) >= 0;
            line.add(new StatusBadge(
                    getTranslation(meets ? "selection.meetsGoal" : "selection.belowGoal", kpi(kpi, goal)),
                    meets ? StatusBadge.Tone.SUCCESS : StatusBadge.Tone.WARNING));
        }
        return line;
    }

    private String kpi(EngagementKpi kpi, BigDecimal value) {
        if (kpi.share()) {
            return Formats.percent(value.movePointRight(2), locale);
        }
        if (kpi == EngagementKpi.CPC || kpi == EngagementKpi.CPA || kpi == EngagementKpi.CAC) {
            return money(value);
        }
        return Formats.figure(value, locale);
    }

    private Component past(@Nullable PastRecord past) {
        if (past == null) {
            return hint(getTranslation("selection.noPast"));
        }
        return new Paragraph(getTranslation(
                "selection.pastLine",
                past.engagements(),
                past.reports(),
                past.flags(),
                past.flagsPerReport() == null ? "—" : Formats.figure(past.flagsPerReport(), locale),
                share(past.onTimeRate()),
                share(past.kpiAttainment())));
    }

    private String share(@Nullable BigDecimal fraction) {
        return fraction == null ? "—" : Formats.percent(fraction.movePointRight(2), locale);
    }

    private Component scores(CandidateView c) {
        Div box = new Div();
        box.addClassName("score-list");
        if (c.scores().isEmpty() && c.hiddenScores() == 0) {
            box.add(hint(getTranslation("selection.noScores")));
        }
        for (ScoreView s : c.scores()) {
            Div one = new Div();
            one.addClassName("score-one");
            one.add(new Span(getTranslation("selection.scoreBy", s.scorerName(), Formats.figure(s.average(), locale))));
            one.add(new Span(getTranslation(
                    "selection.scoreLine",
                    s.expertise(),
                    s.pastPerformance(),
                    s.communication(),
                    s.flexibility(),
                    s.transparency())));
            if (!s.note().isEmpty()) {
                one.add(text(s.note()));
            }
            box.add(one);
        }
        if (c.hiddenScores() > 0) {
            box.add(hint(getTranslation("selection.scoresHidden", c.hiddenScores())));
        }
        return box;
    }

    private void showForAgency(RoundDetail round) {
        CandidateView mine = round.candidates().getFirst();
        add(hint(getTranslation("selection.agencyPrivacy")));
        switch (mine.state()) {
            case CHOSEN -> add(callout(getTranslation("selection.youWereChosen")));
            case NOT_CHOSEN -> add(callout(getTranslation("selection.youWereNotChosen")));
            default -> {
                if (round.deadlinePassed() || round.state() != RoundState.OPEN) {
                    add(callout(getTranslation(
                            mine.proposal() == null ? "selection.closedNoProposal" : "selection.closedWaiting")));
                } else {
                    add(new ProposalForm(
                            selection,
                            round,
                            mine.proposal(),
                            channelNameMap(round.channelIds()),
                            currency,
                            this::show));
                    return;
                }
            }
        }
        if (mine.proposal() != null) {
            add(new H3(getTranslation("selection.yourProposal")));
            ProposalView p = mine.proposal();
            add(row("selection.totalCost", money(p.totalCost()), true));
            add(row("selection.monthlyFee", money(p.monthlyFee()), false));
            add(row("selection.mediaBudget", money(p.mediaBudget()), false));
            add(row("selection.setupFee", money(p.setupFee()), false));
            add(text(p.plan()));
        }
    }

    private Map<Long, String> channelNameMap(List<Long> ids) {
        return channels.channels(ids).stream()
                .collect(Collectors.toMap(
                        ChannelService.ChannelView::id,
                        c -> c.name() != null ? c.name() : getTranslation("channel." + c.code()),
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    private String channelNames(List<Long> ids) {
        return String.join("、", channelNameMap(ids).values());
    }

    private Component row(String key, String value, boolean strong) {
        Div line = new Div(new Span(getTranslation(key)), new Span(value));
        line.addClassName("compare-row");
        if (strong) {
            line.addClassName("compare-total");
        }
        return line;
    }

    private StatusBadge badge(CandidateState state) {
        return new StatusBadge(getTranslation("selection.candidate." + state.name()), SelectionLabels.tone(state));
    }

    private String money(BigDecimal amount) {
        return Formats.money(amount, currency, locale);
    }

    private static Paragraph text(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("pre-wrap");
        return p;
    }

    private static Paragraph hint(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("hint");
        return p;
    }

    private static Div callout(String text) {
        Div d = new Div(new Span(text));
        d.addClassName("callout");
        return d;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("selection.list.title") : title;
    }
}
