package app.baton.experiments.ui;

import app.baton.budgets.AuthorityQueryService;
import app.baton.budgets.AuthorityQueryService.AuthorityStep;
import app.baton.budgets.AuthorityQueryService.CurrentRule;
import app.baton.budgets.AuthorityQueryService.NextStep;
import app.baton.budgets.AuthorityQueryService.SuccessorAuthority;
import app.baton.budgets.AuthorityService;
import app.baton.experiments.TrackRecordService;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipRole;
import app.baton.security.Roles;
import app.baton.shared.Formats;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.Toasts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The pair's page of delegated authority (decision 020): what the successor may move without a founder and what this
 * month used, how the authority grew and what each step rests on, the founder's rule and what the next step needs.
 * The founder sets the limits and the rule here and may undo a raise the rule made for seven days; a successor sees
 * their own.
 */
@Route("authority")
@Menu(order = 16, icon = "vaadin:trending-up", title = "nav.authority")
@RolesAllowed({Roles.FOUNDER, Roles.SUCCESSOR})
class AuthorityView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String SUCCESSOR = "successor";

    private final AuthorityService authority;
    private final AuthorityQueryService queries;
    private final TrackRecordService trackRecords;
    private final boolean founder;
    private final String currency;
    private final ZoneId zone;
    private final Select<SuccessorAuthority> who = new Select<>();
    private final Div content = new Div();
    private List<SuccessorAuthority> successors = List.of();

    AuthorityView(
            AuthorityService authority,
            AuthorityQueryService queries,
            TrackRecordService trackRecords,
            CurrentUser currentUser) {
        this.authority = authority;
        this.queries = queries;
        this.trackRecords = trackRecords;
        this.founder = currentUser.requireMembership().role() == MembershipRole.FOUNDER;
        this.currency = currentUser.requireMembership().currency();
        this.zone = currentUser.requireMembership().zoneId();
        addClassName("page");
        who.setLabel(getTranslation("authority.who"));
        who.setItemLabelGenerator(SuccessorAuthority::name);
        who.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate(AuthorityView.class, query(e.getValue().userId()));
            }
        });
        content.setWidthFull();
        add(
                new H2(getTranslation("authority.title")),
                new Paragraph(getTranslation(founder ? "authority.introFounder" : "authority.introSuccessor")),
                who,
                content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long wanted = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(SUCCESSOR)
                .flatMap(text -> {
                    try {
                        return java.util.Optional.of(Long.parseLong(text));
                    } catch (NumberFormatException e) {
                        return java.util.Optional.empty();
                    }
                })
                .orElse(null);
        show(wanted);
    }

    private void show(@Nullable Long wanted) {
        successors = queries.successors();
        who.setItems(successors);
        who.setVisible(successors.size() > 1);
        content.removeAll();
        if (successors.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("authority.noSuccessor"));
            none.addClassName("hint");
            content.add(none);
            return;
        }
        SuccessorAuthority shown = successors.stream()
                .filter(s -> wanted != null && s.userId() == wanted)
                .findFirst()
                .orElse(successors.getFirst());
        who.setValue(shown);
        Div cards = new Div();
        cards.addClassName("card-grid");
        CurrentRule rule = queries.rule();
        cards.add(
                now(shown),
                next(shown, rule, queries.nextStep(shown.userId(), trackRecords.concluded(shown.userId()))));
        content.add(cards, growth(shown, queries.history(shown.userId())));
    }

    /** What the successor may move now, and what this month used. */
    private Div now(SuccessorAuthority shown) {
        Div card = card("authority.now.title");
        card.add(line("authority.now.perRequest", money(shown.perRequest())));
        card.add(line("authority.now.monthly", money(shown.monthly())));
        card.add(line("authority.now.used", money(shown.usedThisMonth()), money(shown.leftThisMonth())));
        card.add(hint(shown.own() ? "authority.now.own" : "authority.now.default"));
        if (founder) {
            Button change = new Button(
                    getTranslation("authority.set.open"),
                    click -> new AuthorityDialog(authority, shown, currency, () -> show(shown.userId())).open());
            change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(change);
        }
        return card;
    }

    /** The founder's rule and how far the record since the last step goes towards the next one. */
    private Div next(SuccessorAuthority shown, CurrentRule rule, NextStep next) {
        Div card = card("authority.next.title");
        if (!rule.rule().active()) {
            card.add(hint("authority.next.noRule"));
        } else {
            card.add(line(
                    "authority.next.rule",
                    rule.rule().experiments(),
                    Formats.percent(rule.rule().metSharePct(), getLocale()),
                    Formats.percent(rule.rule().raisePct(), getLocale()),
                    money(rule.rule().ceiling())));
            if (rule.rule().tierStepPct().signum() > 0) {
                card.add(line(
                        "authority.next.tier",
                        Formats.percent(rule.rule().tierStepPct(), getLocale()),
                        Formats.percent(rule.rule().tierCeilingPct(), getLocale())));
            }
            card.add(line(
                    "authority.next.record",
                    next.progress().concluded(),
                    next.progress().met(),
                    next.progress().overridden()));
            card.add(line(nextNeeds(shown, next), next.progress().stillToConclude()));
            if (next.raise() != null) {
                card.add(line(
                        "authority.next.raise",
                        money(next.raise().perRequest()),
                        money(next.raise().monthly())));
            }
        }
        if (founder) {
            Button edit = new Button(
                    getTranslation("authority.rule.open"),
                    click -> new TrustRuleDialog(authority, rule, currency, () -> show(shown.userId())).open());
            card.add(edit);
        }
        return card;
    }

    /** What the next step needs, in one sentence. */
    private static String nextNeeds(SuccessorAuthority shown, NextStep next) {
        if (next.raise() == null) {
            return shown.perRequest().signum() == 0 ? "authority.next.zeroLimit" : "authority.next.atCeiling";
        }
        if (next.progress().overridden() > 0) {
            return "authority.next.overridden";
        }
        if (next.progress().qualifies()) {
            return "authority.next.ready";
        }
        return next.progress().stillToConclude() > 0 ? "authority.next.more" : "authority.next.share";
    }

    /** Every step, newest first: the limits before and after, what it rests on, and the undo while it is open. */
    private Div growth(SuccessorAuthority shown, List<AuthorityStep> steps) {
        Div section = new Div();
        section.addClassName("authority-steps");
        section.add(new H3(getTranslation("authority.steps.title")));
        if (steps.isEmpty()) {
            section.add(hint("authority.steps.none"));
        }
        for (AuthorityStep step : steps) {
            Div item = new Div();
            item.addClassName("authority-step");
            if (step.undoneAt() != null) {
                item.addClassName("undone");
            }
            Span kind = new Span(getTranslation("authority.step." + step.kind().name()));
            kind.addClassNames("badge", step.undoneAt() != null ? "badge-neutral" : "badge-success");
            Span when = new Span(Formats.date(step.at(), zone, getLocale()));
            when.addClassName("hint");
            item.add(new Div(kind, new Span(" "), when));
            item.add(new Paragraph(getTranslation(
                    "authority.steps.change",
                    money(step.perRequestBefore()),
                    money(step.perRequestAfter()),
                    money(step.monthlyBefore()),
                    money(step.monthlyAfter()))));
            if (step.capBeforePct() != null && step.capAfterPct() != null) {
                item.add(new Paragraph(getTranslation(
                        "authority.steps.cap",
                        Formats.percent(step.capBeforePct(), getLocale()),
                        Formats.percent(step.capAfterPct(), getLocale()))));
            }
            item.add(new Paragraph(basis(step)));
            if (step.undoneAt() != null) {
                item.add(hint(
                        "authority.steps.undone", step.undoneBy(), Formats.date(step.undoneAt(), zone, getLocale())));
            } else if (step.undoable() && founder) {
                String until = Formats.date(java.util.Objects.requireNonNull(step.undoUntil()), zone, getLocale());
                Button undo = new Button(getTranslation("authority.undo", until), click -> undo(shown, step));
                undo.addThemeVariants(ButtonVariant.LUMO_ERROR);
                item.add(undo);
            }
            section.add(item);
        }
        return section;
    }

    private String basis(AuthorityStep step) {
        if (step.recordConcluded() == null) {
            return getTranslation("authority.steps.reason", step.by() == null ? "" : step.by(), step.basis());
        }
        return getTranslation(
                "authority.steps.record",
                step.recordConcluded(),
                step.recordMet(),
                step.recordOverridden(),
                step.basis());
    }

    private void undo(SuccessorAuthority shown, AuthorityStep step) {
        if (new Refusals().then(e -> show(shown.userId())).run(() -> authority.undo(step.id()))) {
            Toasts.success("authority.undone");
            show(shown.userId());
        }
    }

    private Div card(String titleKey) {
        Div card = new Div();
        card.addClassName("home-card");
        card.add(new H3(getTranslation(titleKey)));
        return card;
    }

    private Paragraph line(String key, Object... args) {
        return new Paragraph(getTranslation(key, args));
    }

    private Paragraph hint(String key, Object... args) {
        Paragraph p = new Paragraph(getTranslation(key, args));
        p.addClassName("hint");
        return p;
    }

    private String money(BigDecimal amount) {
        return Formats.money(amount, currency, getLocale());
    }

    static QueryParameters query(long successorUserId) {
        return QueryParameters.of(SUCCESSOR, Long.toString(successorUserId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("authority.title");
    }
}
