package app.baton.reports.ui;

import app.baton.reports.Attainment;
import app.baton.reports.MissAttribution;
import app.baton.reports.MissCause;
import app.baton.reports.MissService;
import app.baton.reports.VersionDetail;
import app.baton.security.MembershipRole;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.StatusBadge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Under a missed target on the report's page (the month's newest version): its agreed or proposed cause, and the
 * buttons to attribute it (anyone of either side) and to accept the other side's attribution (a founder, the agency).
 */
final class MissLines {

    private final MissService service;
    private final VersionDetail detail;
    private final MembershipRole role;
    private final Runnable afterwards;
    private final List<MissAttribution> existing;

    MissLines(MissService service, VersionDetail detail, MembershipRole role, Runnable afterwards) {
        this.service = service;
        this.detail = detail;
        this.role = role;
        this.afterwards = afterwards;
        this.existing = detail.latest() ? service.misses(detail.engagement().id()) : List.of();
    }

    /** The line under an attainment, for a missed target of the month's newest version; empty otherwise. */
    Optional<Div> under(Attainment a) {
        if (!detail.latest() || a.attainment() == null || a.attainment().compareTo(BigDecimal.ONE) >= 0) {
            return Optional.empty();
        }
        boolean stage = a.stageMonth() != null;
        MissAttribution found = existing.stream()
                .filter(m -> m.month().equals(detail.summary().month()) && m.kpi() == a.kpi() && m.stage() == stage)
                .findFirst()
                .orElse(null);
        Div line = new Div();
        line.addClassName("miss-line");
        if (found == null) {
            line.add(new Span(line.getTranslation("miss.none")));
        } else {
            line.add(new Span(line.getTranslation(
                    "miss.line",
                    line.getTranslation("miss.cause." + found.cause().name()),
                    found.note(),
                    line.getTranslation("terms.party." + found.proposedSide().name()),
                    found.proposedBy())));
            line.add(
                    found.agreed()
                            ? new StatusBadge(line.getTranslation("miss.agreed"), StatusBadge.Tone.SUCCESS)
                            : new StatusBadge(line.getTranslation("miss.waiting"), StatusBadge.Tone.WARNING));
            boolean mayAccept = !found.agreed()
                    && ((role == MembershipRole.FOUNDER && found.companyAcceptedBy() == null)
                            || (role == MembershipRole.VENDOR && found.agencyAcceptedBy() == null));
            if (mayAccept) {
                Button accept = new Button(
                        line.getTranslation("miss.accept"),
                        click -> new Refusals()
                                .then(refused -> afterwards.run())
                                .run(() -> {
                                    service.accept(detail.engagement().id(), found.id());
                                    afterwards.run();
                                }));
                accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
                line.add(accept);
            }
        }
        Button attribute = new Button(
                line.getTranslation(found == null ? "miss.attribute" : "miss.attributeAgain"),
                click -> dialog(a, stage, found, line));
        attribute.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        attribute
                .getElement()
                .setAttribute(
                        "aria-label",
                        line.getTranslation(
                                "miss.attributeKpi",
                                line.getTranslation("kpi." + a.kpi().name())));
        line.add(attribute);
        return Optional.of(line);
    }

    private void dialog(Attainment a, boolean stage, MissAttribution found, Div owner) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(owner.getTranslation(
                "miss.title", owner.getTranslation("kpi." + a.kpi().name())));
        dialog.setWidth("min(30rem, 100vw)");
        Select<MissCause> cause = new Select<>();
        cause.setLabel(owner.getTranslation("miss.cause"));
        cause.setItems(MissCause.values());
        cause.setItemLabelGenerator(c -> c == null ? "" : owner.getTranslation("miss.cause." + c.name()));
        cause.setValue(found == null ? MissCause.AGENCY : found.cause());
        cause.setWidthFull();
        TextArea note = new TextArea(owner.getTranslation("miss.note"));
        note.setHelperText(owner.getTranslation("miss.noteHint"));
        note.setWidthFull();
        dialog.add(cause, note);
        Button save = new Button(
                owner.getTranslation("miss.send"),
                click -> new Refusals().field(note, "miss.noteRequired").run(() -> {
                    service.attribute(
                            detail.engagement().id(),
                            detail.summary().month(),
                            a.kpi(),
                            stage,
                            cause.getValue(),
                            note.getValue());
                    dialog.close();
                    afterwards.run();
                }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(owner.getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.open();
    }
}
