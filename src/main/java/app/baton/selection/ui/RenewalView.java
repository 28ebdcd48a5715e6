package app.baton.selection.ui;

import app.baton.reports.ScorecardService;
import app.baton.reports.ui.ReportNavigation;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipRole;
import app.baton.security.Roles;
import app.baton.selection.RenewalChoice;
import app.baton.selection.RenewalQueryService;
import app.baton.selection.RenewalReview;
import app.baton.selection.RenewalService;
import app.baton.shared.DomainException;
import app.baton.shared.Formats;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.Stat;
import app.baton.shared.ui.UiLocale;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The renewal review of an engagement whose term ends within 60 days (「續約評估」): its scorecard, what it cost over
 * the term and per order the company's own data verifies, the five-criteria ratings by quarter, and a founder's
 * choice to renew, re-tender or end.
 */
@Route("selection/renewal/:engagementId")
@RolesAllowed({Roles.FOUNDER, Roles.SUCCESSOR})
class RenewalView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ENGAGEMENT_ID = "engagementId";

    private final RenewalQueryService queries;
    private final RenewalService renewals;
    private final String currency;
    private final boolean founder;
    private final Locale locale;
    private long engagementId;
    private String title = "";

    RenewalView(RenewalQueryService queries, RenewalService renewals, CurrentUser currentUser) {
        this.queries = queries;
        this.renewals = renewals;
        this.currency = currentUser.requireMembership().currency();
        this.founder = currentUser.requireMembership().role() == MembershipRole.FOUNDER;
        this.locale = UiLocale.of(this);
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            engagementId =
                    Long.parseLong(event.getRouteParameters().get(ENGAGEMENT_ID).orElse(""));
            show(queries.review(engagementId));
        } catch (NumberFormatException e) {
            empty(getTranslation("engagement.notFound"));
        } catch (DomainException e) {
            empty(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void empty(String text) {
        Div empty = new Div(new Paragraph(text));
        empty.addClassName("empty-state");
        add(empty);
    }

    private void show(RenewalReview r) {
        removeAll();
        var e = r.engagement();
        title = getTranslation("renewal.title", e.title());
        add(new H2(title));
        add(new Paragraph(getTranslation("renewal.ends", e.agencyName(), Formats.date(e.end(), locale), r.daysLeft())));
        add(new Anchor(ReportNavigation.engagement(e.id()), getTranslation("renewal.openEngagement")));

        add(new H3(getTranslation("renewal.cost")));
        Div cost = new Div();
        cost.addClassName("stat-grid");
        cost.add(Stat.of(
                getTranslation("renewal.total"),
                money(r.totalCost()),
                getTranslation("renewal.totalDetail", money(r.fees()), money(r.media()), r.monthsRun())));
        cost.add(Stat.of(
                getTranslation("renewal.perVerifiedOrder"),
                r.perVerifiedOrder() == null ? "—" : money(r.perVerifiedOrder()),
                r.verifiedOrders() == null
                        ? getTranslation("renewal.noVerified")
                        : getTranslation("renewal.verifiedOrders", r.verifiedOrders())));
        add(cost);

        ScorecardService.Scorecard s = r.scorecard();
        add(new H3(getTranslation("renewal.scorecard")));
        Div card = new Div();
        card.addClassName("stat-grid");
        card.add(Stat.of(getTranslation("scorecard.onTime"), share(s.onTimeRate()), null));
        card.add(Stat.of(getTranslation("scorecard.attainment"), share(s.kpiAttainment()), null));
        card.add(Stat.of(
                getTranslation("renewal.flags"),
                Integer.toString(s.flags()),
                s.flagsPerReport() == null
                        ? null
                        : getTranslation("renewal.flagsPerReport", Formats.figure(s.flagsPerReport(), locale))));
        if (s.missed() > 0) {
            card.add(Stat.of(
                    getTranslation("scorecard.misses"),
                    Integer.toString(s.missed()),
                    getTranslation(
                            "renewal.missesDetail",
                            s.attributedMisses().getOrDefault(app.baton.reports.MissCause.AGENCY, 0),
                            s.unattributedMisses())));
        }
        add(card);

        add(new H3(getTranslation("renewal.ratings")));
        if (s.ratings().isEmpty()) {
            add(hint(getTranslation("renewal.noRatings")));
        }
        for (ScorecardService.Rating rating : s.ratings()) {
            add(new Paragraph(getTranslation(
                    "renewal.ratingLine",
                    rating.quarter(),
                    Formats.figure(rating.average(), locale),
                    rating.expertise(),
                    rating.pastPerformance(),
                    rating.communication(),
                    rating.flexibility(),
                    rating.transparency())));
        }

        add(new H3(getTranslation("renewal.decision")));
        RenewalReview.Decision decided = r.decision();
        if (decided != null) {
            Div done = new Div(new Span(getTranslation(
                    "renewal.decided",
                    getTranslation("renewal.choice." + decided.choice().name()),
                    decided.decidedBy(),
                    decided.note())));
            done.addClassName("callout");
            if (decided.roundId() != null) {
                done.add(new Anchor(SelectionNavigation.round(decided.roundId()), getTranslation("renewal.openRound")));
            }
            add(done);
            return;
        }
        if (!founder) {
            add(hint(getTranslation("renewal.founderDecides")));
            return;
        }
        add(form(r));
    }

    private Div form(RenewalReview r) {
        var e = r.engagement();
        RadioButtonGroup<RenewalChoice> choice = new RadioButtonGroup<>(getTranslation("renewal.choice"));
        choice.setItems(RenewalChoice.values());
        choice.setItemLabelGenerator(c -> getTranslation("renewal.choice." + c.name()));
        choice.addThemeName("vertical");
        DatePicker newEnd =
                new DatePicker(getTranslation("renewal.newEnd"), e.end().plusYears(1));
        newEnd.setHelperText(getTranslation("renewal.newEndHint"));
        newEnd.setVisible(false);
        choice.addValueChangeListener(c -> newEnd.setVisible(c.getValue() == RenewalChoice.RENEW));
        TextArea note = new TextArea(getTranslation("renewal.note"));
        note.setHelperText(getTranslation("renewal.noteHint"));
        note.setWidthFull();
        Button decide = new Button(getTranslation("renewal.decide"));
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        decide.addClickListener(click -> {
            if (choice.getValue() == null) {
                choice.setErrorMessage(getTranslation("renewal.choiceRequired"));
                choice.setInvalid(true);
                return;
            }
            RenewalChoice chosen = choice.getValue();
            new Refusals()
                    .field(note, "renewal.noteRequired")
                    .field(newEnd, "terms.endNotLater")
                    .call(() -> renewals.decide(e.id(), chosen, note.getValue(), newEnd.getValue(), null))
                    .ifPresent(id -> {
                        if (chosen == RenewalChoice.RETENDER) {
                            SelectionNavigation.toRound(id);
                        } else if (chosen == RenewalChoice.RENEW) {
                            UI.getCurrent().navigate(ReportNavigation.engagement(e.id()));
                        } else {
                            show(queries.review(e.id()));
                        }
                    });
        });
        Div box = new Div(hint(getTranslation("renewal.choiceHint")), choice, newEnd, note, decide);
        box.addClassName("decision-ask");
        return box;
    }

    private String money(BigDecimal amount) {
        return Formats.money(amount, currency, locale);
    }

    private String share(@Nullable BigDecimal fraction) {
        return fraction == null ? "—" : Formats.percent(fraction.movePointRight(2), locale);
    }

    private static Paragraph hint(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("hint");
        return p;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("selection.list.title") : title;
    }
}
