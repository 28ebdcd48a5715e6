package app.baton.tenancy.ui;

import app.baton.security.Emails;
import app.baton.security.MembershipRole;
import app.baton.shared.TextLimits;
import app.baton.shared.ui.CommandBinder;
import app.baton.shared.ui.Refusals;
import app.baton.tenancy.InvitationService;
import app.baton.tenancy.InvitationService.InvitationLink;
import app.baton.tenancy.Invite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/**
 * A founder invites someone: e-mail, role (and agency for a vendor), bound to {@link Invite}; then the link is shown
 * to copy.
 */
class InviteDialog extends Dialog {

    private final InvitationService invitations;
    private final Consumer<InvitationLink> onInvited;
    private final EmailField email = new EmailField();
    private final RadioButtonGroup<MembershipRole> role = new RadioButtonGroup<>();
    private final TextField agency = new TextField();
    private final CommandBinder<Invite> binder = new CommandBinder<>(Invite.class);
    private final String baseUrl;

    InviteDialog(InvitationService invitations, String baseUrl, Consumer<InvitationLink> onInvited) {
        this.invitations = invitations;
        this.baseUrl = baseUrl;
        this.onInvited = onInvited;
        setHeaderTitle(getTranslation("members.invite.title"));
        setWidth("min(36rem, 100vw)");

        email.setLabel(getTranslation("members.invite.email"));
        email.setMaxLength(Emails.MAX);
        email.setWidthFull();
        role.setLabel(getTranslation("members.invite.role"));
        role.setItems(MembershipRole.SUCCESSOR, MembershipRole.FOUNDER, MembershipRole.VENDOR);
        role.setItemLabelGenerator(
                r -> getTranslation("role." + r.name()) + " — " + getTranslation("role." + r.name() + ".description"));
        role.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        agency.setLabel(getTranslation("members.invite.agency"));
        agency.setHelperText(getTranslation("members.invite.agencyHelp"));
        agency.setMaxLength(TextLimits.NAME);
        agency.setVisible(false);
        agency.setWidthFull();
        role.addValueChangeListener(e -> agency.setVisible(e.getValue() == MembershipRole.VENDOR));

        // the record's address check speaks (and allows the spaces a pasted address brings), not the field's own
        binder.forField(email).withDefaultValidator(false).bind("email");
        binder.forField(role).bind("role");
        binder.forField(agency).bind("agencyName");
        binder.readRecord(new Invite("", MembershipRole.SUCCESSOR, ""));

        FormLayout form = new FormLayout(email, role, agency);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        Button send = new Button(getTranslation("members.invite.send"), click -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, send);
    }

    private void send() {
        // the address field takes every refusal but the agency's: they are about whom the invitation is for
        binder.write()
                .ifPresent(invite -> new Refusals()
                        .field(agency, "invitation.agencyRequired")
                        .field(email, Refusals.ANY)
                        .call(() -> invitations.invite(invite))
                        .ifPresent(link -> {
                            onInvited.accept(link);
                            showLink(link);
                        }));
    }

    private void showLink(InvitationLink link) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(getTranslation("members.invite.linkTitle"));
        TextArea url = new TextArea(getTranslation("members.invite.link"));
        url.setValue(baseUrl + link.path());
        url.setReadOnly(true);
        url.setWidthFull();
        url.addClassName("invitation-link");
        add(new Paragraph(getTranslation("members.invite.linkHelp", link.email())), url);
        Button done = new Button(getTranslation("common.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new app.baton.shared.ui.CopyButton(baseUrl + link.path()), done);
    }
}
