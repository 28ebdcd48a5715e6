package app.baton.security.ui;

import app.baton.security.PasswordResetService;
import app.baton.shared.ui.LanguageToggle;
import app.baton.shared.ui.Refusals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * "Forgot password": an address in, the same answer out whether or not an account has it; the owner gets a link
 * valid for 30 minutes.
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    public ForgotPasswordView(PasswordResetService resets) {
        addClassName("public-page");
        setAlignItems(Alignment.CENTER);
        EmailField email = new EmailField(getTranslation("login.email"));
        email.setRequiredIndicatorVisible(true);
        email.addClassName("narrow-form");
        Paragraph sent = new Paragraph();
        sent.addClassName("reset-sent");
        sent.setVisible(false);
        Button send = new Button(getTranslation("passwordReset.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.addClassName("wide-button");
        send.addClickListener(click -> {
            email.setInvalid(false);
            new Refusals().field(email, Refusals.ANY).run(() -> {
                resets.request(email.getValue());
                sent.setText(
                        getTranslation("passwordReset.sent", email.getValue().strip()));
                sent.setVisible(true);
            });
        });
        add(
                new LanguageToggle(),
                new H1(getTranslation("passwordReset.title")),
                new Paragraph(getTranslation("passwordReset.intro")),
                email,
                send,
                sent,
                new Anchor("login", getTranslation("nav.toLogin")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("passwordReset.title");
    }
}
