package app.baton.selection.ui;

import app.baton.security.MembershipRole;
import app.baton.selection.SelectionService;
import app.baton.shared.ui.Refusals;
import app.baton.tenancy.MembershipService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;

/**
 * Asks an agency to propose: one of the agencies serving the company, or a new name with the e-mail of a person to
 * invite (a founder's invitation, as for an engagement).
 */
final class CandidateDialog extends Dialog {

    CandidateDialog(
            SelectionService selection,
            MembershipService memberships,
            long roundId,
            MembershipRole role,
            Runnable afterwards) {
        setHeaderTitle(getTranslation("selection.invite"));
        setWidth("min(32rem, 100vw)");
        ComboBox<String> agency = new ComboBox<>(getTranslation("selection.agency"));
        agency.setItems(memberships.agencies().stream()
                .map(MembershipService.Agency::name)
                .toList());
        agency.setAllowCustomValue(true);
        agency.addCustomValueSetListener(e -> agency.setValue(e.getDetail()));
        agency.setHelperText(getTranslation("selection.agencyHint"));
        agency.setWidthFull();
        EmailField email = new EmailField(getTranslation("selection.contact"));
        email.setHelperText(getTranslation(
                role == MembershipRole.FOUNDER ? "selection.contactHint" : "selection.contactFounderOnly"));
        email.setWidthFull();
        email.setEnabled(role == MembershipRole.FOUNDER);
        Paragraph privacy = new Paragraph(getTranslation("selection.inviteText"));
        privacy.addClassName("hint");
        add(privacy, agency, email);
        Button send = new Button(
                getTranslation("selection.inviteSend"),
                click -> new Refusals()
                        .field(
                                agency,
                                "engagement.agencyRequired",
                                "selection.alreadyCandidate",
                                "selection.contactRequired")
                        .field(email, Refusals.ANY)
                        .run(() -> {
                            selection.invite(
                                    roundId, agency.getValue() == null ? "" : agency.getValue(), email.getValue());
                            close();
                            afterwards.run();
                        }));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), send);
    }
}
