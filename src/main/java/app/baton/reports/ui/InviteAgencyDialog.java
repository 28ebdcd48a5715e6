package app.baton.reports.ui;

import app.baton.shared.ui.Refusals;
import app.baton.tenancy.InvitationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

/** Invites one of the engagement's agency's people (the foundation's invitations, for this agency). */
final class InviteAgencyDialog extends Dialog {

    InviteAgencyDialog(InvitationService invitations, long agencyId, String agencyName) {
        setHeaderTitle(getTranslation("engagement.invite"));
        EmailField email = new EmailField(getTranslation("members.invite.email"));
        email.setWidthFull();
        Paragraph intro = new Paragraph(getTranslation("engagement.inviteText", agencyName));
        Paragraph proposed = new Paragraph(getTranslation("engagement.inviteProposed", agencyName));
        proposed.addClassName("hint");
        TextField link = new TextField(getTranslation("members.invite.link"));
        link.setReadOnly(true);
        link.setWidthFull();
        link.setVisible(false);
        Button send = new Button(getTranslation("engagement.inviteSend"), click -> {
            new Refusals().field(email, Refusals.ANY).run(() -> {
                InvitationService.InvitationLink created = invitations.inviteToAgency(email.getValue(), agencyId);
                link.setValue(created.path());
                link.setVisible(true);
                email.setInvalid(false);
            });
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(intro, proposed, email, link);
        getFooter().add(new Button(getTranslation("common.done"), click -> close()), send);
    }
}
