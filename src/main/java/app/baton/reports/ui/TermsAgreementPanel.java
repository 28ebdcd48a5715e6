package app.baton.reports.ui;

import app.baton.reports.EngagementTarget;
import app.baton.reports.EngagementTerms;
import app.baton.reports.EngagementView;
import app.baton.reports.Party;
import app.baton.reports.Responsibility;
import app.baton.reports.TermsService;
import app.baton.reports.TermsState;
import app.baton.reports.TermsVersion;
import app.baton.shared.Formats;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.StatusBadge;
import app.baton.tenancy.MembershipService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The terms both sides agree, on the engagement's page: the version in force with its responsibilities and internal
 * contact, the proposal waiting with what it changes and why, the buttons to accept it, counter-propose or propose a
 * change, and every earlier version with who proposed it, when and why.
 */
final class TermsAgreementPanel extends Div {

    private final TermsService terms;
    private final MembershipService memberships;
    private final EngagementView engagement;
    private final ReportLabels labels;
    private final ZoneId zone;
    private final boolean vendor;
    private final Runnable afterwards;

    TermsAgreementPanel(
            TermsService terms,
            MembershipService memberships,
            EngagementView engagement,
            ReportLabels labels,
            ZoneId zone,
            boolean vendor,
            Runnable afterwards) {
        this.terms = terms;
        this.memberships = memberships;
        this.engagement = engagement;
        this.labels = labels;
        this.zone = zone;
        this.vendor = vendor;
        this.afterwards = afterwards;
        addClassName("terms-panel");
        setWidthFull();
        show();
    }

    private void show() {
        removeAll();
        EngagementTerms all = terms.terms(engagement.id());
        add(new H3(getTranslation("terms.title")));
        TermsVersion inForce = all.inForce();
        if (inForce == null) {
            add(hint(getTranslation("terms.noneAgreed")));
        } else {
            add(new Paragraph(getTranslation(
                    "terms.inForce",
                    inForce.number(),
                    labels.month(Objects.requireNonNull(inForce.agreedFrom())),
                    Objects.requireNonNullElse(inForce.companyAcceptedBy(), "?"),
                    Objects.requireNonNullElse(inForce.agencyAcceptedBy(), "?"))));
            add(responsibilities(inForce));
        }
        TermsVersion pending = all.pending();
        if (pending != null) {
            add(pending(pending, inForce, all));
        }
        if (all.mayPropose()) {
            Button propose = new Button(
                    getTranslation("terms.propose"),
                    VaadinIcon.EDIT.create(),
                    click -> dialog(start(pending, inForce), false));
            add(new HorizontalLayout(propose));
        }
        List<TermsVersion> earlier = all.versions().stream()
                .filter(v -> v != pending && v != inForce)
                .toList();
        if (!earlier.isEmpty()) {
            Div history = new Div();
            history.addClassName("terms-history");
            history.add(new Span(getTranslation("terms.history")));
            for (TermsVersion v : earlier) {
                history.add(new Paragraph(getTranslation(
                        "terms.historyLine",
                        v.number(),
                        getTranslation("terms.state." + v.state().name()),
                        getTranslation("terms.party." + v.proposedSide().name()),
                        v.proposedBy(),
                        Formats.date(v.proposedAt(), zone, labels.locale()),
                        v.reason())));
            }
            add(history);
        }
    }

    private Div pending(TermsVersion p, @Nullable TermsVersion inForce, EngagementTerms all) {
        Div box = new Div();
        box.addClassNames("decision-ask", "terms-pending");
        Div top = new Div(
                new Span(getTranslation(
                        "terms.pending",
                        p.number(),
                        getTranslation("terms.party." + p.proposedSide().name()),
                        p.proposedBy(),
                        Formats.date(p.proposedAt(), zone, labels.locale()))),
                new StatusBadge(getTranslation("terms.state.PROPOSED"), StatusBadge.Tone.WARNING));
        top.addClassName("waiting-card-top");
        box.add(top);
        Paragraph why = new Paragraph(getTranslation("terms.why", p.reason()));
        why.addClassName("pre-wrap");
        box.add(why);
        List<String> changes = changes(p, inForce);
        if (changes.isEmpty()) {
            box.add(hint(getTranslation("terms.sameAsNow")));
        }
        changes.forEach(c -> box.add(new Paragraph(c)));
        box.add(responsibilities(p));
        box.add(new Paragraph(getTranslation(
                "terms.acceptance",
                p.companyAcceptedBy() == null ? getTranslation("terms.notYet") : p.companyAcceptedBy(),
                p.agencyAcceptedBy() == null ? getTranslation("terms.notYet") : p.agencyAcceptedBy())));
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if (all.mayAccept()) {
            Button accept = new Button(getTranslation("terms.accept", p.number()), VaadinIcon.CHECK.create());
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            accept.addClickListener(click -> new Refusals()
                    .then(refused -> afterwards.run())
                    .run(() -> {
                        terms.accept(engagement.id(), p.number());
                        afterwards.run();
                    }));
            actions.add(accept);
        }
        boolean othersProposal = vendor ? p.proposedSide() == Party.COMPANY : p.proposedSide() == Party.AGENCY;
        if (all.mayPropose() && othersProposal) {
            actions.add(new Button(
                    getTranslation("terms.counter"), VaadinIcon.EXCHANGE.create(), click -> dialog(p, true)));
        }
        box.add(actions);
        return box;
    }

    /** What a proposal changes against the version in force, or the engagement's own terms when none is agreed. */
    private List<String> changes(TermsVersion p, @Nullable TermsVersion now) {
        BigDecimal fee = now == null ? engagement.monthlyFee() : now.monthlyFee();
        BigDecimal cap = now == null ? engagement.mediaSpendCap() : now.mediaSpendCap();
        String deliverables = now == null ? engagement.deliverables() : now.deliverables();
        String vendorDuties = now == null ? engagement.vendorDuties() : now.vendorDuties();
        String inHouseDuties = now == null ? engagement.inHouseDuties() : now.inHouseDuties();
        List<EngagementTarget> targets = now == null ? engagement.targets() : now.targets();
        List<String> lines = new java.util.ArrayList<>();
        if (fee.compareTo(p.monthlyFee()) != 0) {
            lines.add(getTranslation("terms.change.fee", labels.money(fee), labels.money(p.monthlyFee())));
        }
        if (cap.compareTo(p.mediaSpendCap()) != 0) {
            lines.add(getTranslation("terms.change.cap", labels.money(cap), labels.money(p.mediaSpendCap())));
        }
        if (!deliverables.equals(p.deliverables())) {
            lines.add(getTranslation("terms.change.deliverables", p.deliverables()));
        }
        if (!vendorDuties.equals(p.vendorDuties()) || !inHouseDuties.equals(p.inHouseDuties())) {
            lines.add(getTranslation("terms.change.duties", p.vendorDuties(), p.inHouseDuties()));
        }
        String before = targets(targets);
        String after = targets(p.targets());
        if (!before.equals(after)) {
            lines.add(getTranslation("terms.change.targets", before, after));
        }
        if (p.termEnd() != null) {
            lines.add(getTranslation("terms.change.end", labels.date(engagement.end()), labels.date(p.termEnd())));
        }
        if (now != null && !Objects.equals(now.internalContactUserId(), p.internalContactUserId())) {
            lines.add(getTranslation(
                    "terms.change.contact",
                    Objects.requireNonNullElse(p.internalContact(), getTranslation("terms.noContact"))));
        }
        return lines;
    }

    private String targets(List<EngagementTarget> targets) {
        if (targets.isEmpty()) {
            return getTranslation("terms.noTargets");
        }
        return targets.stream()
                .sorted(java.util.Comparator.comparing((EngagementTarget t) -> t.kpi())
                        .thenComparing(t -> t.month() == null ? "" : t.month().toString()))
                .map(t -> getTranslation("kpi." + t.kpi().name()) + " " + labels.kpi(t.kpi(), t.target())
                        + (t.month() == null ? "" : " (" + labels.month(t.month()) + ")"))
                .collect(Collectors.joining(" · "));
    }

    private Div responsibilities(TermsVersion v) {
        Div box = new Div();
        box.addClassName("terms-raci");
        box.add(line(
                getTranslation("terms.contact"),
                Objects.requireNonNullElse(v.internalContact(), getTranslation("terms.noContact"))));
        for (Responsibility r : Responsibility.values()) {
            Party party = v.responsibilities().get(r);
            box.add(line(
                    getTranslation("terms.responsibility." + r.name()),
                    party == null
                            ? getTranslation("terms.unassigned")
                            : getTranslation("terms.party." + party.name())));
        }
        return box;
    }

    /** The terms a new proposal starts from: the one waiting, else the one in force, else the engagement's own. */
    private TermsVersion start(@Nullable TermsVersion pending, @Nullable TermsVersion inForce) {
        if (pending != null) {
            return pending;
        }
        if (inForce != null) {
            return inForce;
        }
        return new TermsVersion(
                0,
                TermsState.PROPOSED,
                Party.COMPANY,
                "",
                java.time.Instant.EPOCH,
                "",
                engagement.monthlyFee(),
                engagement.mediaSpendCap(),
                engagement.deliverables(),
                engagement.vendorDuties(),
                engagement.inHouseDuties(),
                engagement.targets(),
                Map.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private void dialog(TermsVersion from, boolean counter) {
        new TermsDialog(terms, memberships, engagement, from, counter, vendor, labels, afterwards).open();
    }

    private Div line(String label, String value) {
        Div line = new Div();
        line.addClassName("decision-line");
        Span l = new Span(label);
        l.addClassName("stat-label");
        line.add(l, new Span(value));
        return line;
    }

    private static Paragraph hint(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("hint");
        return p;
    }
}
