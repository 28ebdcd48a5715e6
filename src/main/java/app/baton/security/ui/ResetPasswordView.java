package app.baton.security.ui;

import app.baton.security.PasswordPolicy;
import app.baton.security.PasswordResetService;
import app.baton.shared.DomainException;
import app.baton.shared.ui.LanguageToggle;
import app.baton.shared.ui.NewPasswordFields;
import app.baton.shared.ui.PublicPages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where a forgotten-password link lands: a new password, once; every earlier session of the account ends. */
@Route(value = "reset-password/:token", autoLayout = false)
@AnonymousAllowed
class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordResetService resets;

    public ResetPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassName("public-page");
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(new LanguageToggle(), new H1(getTranslation("passwordReset.newTitle")));
        if (!resets.isOpen(token)) {
            add(
                    new Paragraph(getTranslation("passwordReset.notOpen")),
                    new Anchor("forgot-password", getTranslation("passwordReset.again")));
            return;
        }
        NewPasswordFields fields = new NewPasswordFields(PasswordPolicy.MIN_LENGTH);
        Button save = new Button(getTranslation("passwordReset.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.addClassName("wide-button");
        save.addClickListener(click -> fields.value().ifPresent(password -> {
            try {
                resets.reset(token, password);
                PublicPages.show(
                        this,
                        getTranslation("passwordReset.newTitle"),
                        PublicPages.message(getTranslation("passwordReset.done"), "reset-done"),
                        new Anchor("login", getTranslation("nav.toLogin")));
            } catch (DomainException e) {
                if (!fields.show(e)) {
                    PublicPages.show(
                            this,
                            getTranslation("passwordReset.newTitle"),
                            new Paragraph(getTranslation(e.messageKey())),
                            new Anchor("forgot-password", getTranslation("passwordReset.again")));
                }
            }
        }));
        add(fields, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("passwordReset.newTitle");
    }
}
