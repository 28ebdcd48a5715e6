package app.baton.tenancy.ui;

import app.baton.security.CurrentUser;
import app.baton.security.PasswordPolicy;
import app.baton.shared.Formats;
import app.baton.shared.TextLimits;
import app.baton.shared.ui.LanguageToggle;
import app.baton.shared.ui.PublicPages;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.Toasts;
import app.baton.tenancy.InvitationAcceptanceService;
import app.baton.tenancy.InvitationAcceptanceService.InvitationPreview;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneId;

/** Where an invitation link lands: join with a new account, or as the signed-in invited person. */
@Route(value = "invitations/:token", autoLayout = false)
@AnonymousAllowed
class AcceptInvitationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InvitationAcceptanceService invitations;
    private final CurrentUser currentUser;
    private String token = "";
    private @org.jspecify.annotations.Nullable InvitationPreview preview;

    public AcceptInvitationView(InvitationAcceptanceService invitations, CurrentUser currentUser) {
        this.invitations = invitations;
        this.currentUser = currentUser;
        addClassName("public-page");
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(new LanguageToggle(), new H1(getTranslation("invitation.title")));
        invitations.preview(token).ifPresentOrElse(this::show, () -> {
            add(
                    new Paragraph(getTranslation("invitation.notOpen")),
                    new Anchor("login", getTranslation("nav.toLogin")));
        });
    }

    private void show(InvitationPreview preview) {
        this.preview = preview;
        String role = getTranslation("role." + preview.role().name());
        add(new Paragraph(getTranslation("invitation.intro", preview.companyName(), role, preview.email())));
        add(new Paragraph(getTranslation(
                "invitation.expires", Formats.date(preview.expiresAt(), ZoneId.of(preview.timeZone()), getLocale()))));
        var signedIn = currentUser.get();
        if (signedIn.isPresent()) {
            if (signedIn.get().email().equals(preview.email())) {
                Button accept = new Button(getTranslation("invitation.accept"), click -> acceptSignedIn());
                accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
                add(accept);
            } else {
                add(new Paragraph(getTranslation("invitation.otherAccount", preview.email())));
            }
        } else if (preview.accountExists()) {
            add(new Paragraph(getTranslation("invitation.signInFirst")));
            add(new Anchor("login", getTranslation("nav.toLogin")));
        } else {
            add(newAccountForm());
        }
    }

    private VerticalLayout newAccountForm() {
        TextField displayName = new TextField(getTranslation("signUp.displayName"));
        displayName.setMaxLength(TextLimits.NAME);
        PasswordField password = new PasswordField(getTranslation("signUp.password"));
        password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        PasswordField confirm = new PasswordField(getTranslation("signUp.confirmPassword"));
        FormLayout form = new FormLayout(displayName, password, confirm);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.addClassName("narrow-form");
        Button join = new Button(getTranslation("invitation.join"), click -> {
            displayName.setInvalid(false);
            password.setInvalid(false);
            confirm.setInvalid(false);
            if (!password.getValue().equals(confirm.getValue())) {
                confirm.setErrorMessage(getTranslation("password.mismatch"));
                confirm.setInvalid(true);
                return;
            }
            new Refusals()
                    .field(password, "password.")
                    .field(displayName, "account.displayName")
                    .call(() -> invitations.acceptWithNewAccount(
                            token,
                            displayName.getValue(),
                            password.getValue(),
                            getLocale().toLanguageTag()))
                    .ifPresent(joined -> {
                        if (joined.waitingForAgency()) {
                            showWaitingForAgency();
                            return;
                        }
                        Toasts.success("invitation.joined");
                        UI.getCurrent().navigate("login");
                    });
        });
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        VerticalLayout layout = new VerticalLayout(form, join);
        layout.setAlignItems(Alignment.CENTER);
        layout.setPadding(false);
        return layout;
    }

    private void acceptSignedIn() {
        new Refusals().call(() -> invitations.acceptAsSignedIn(token)).ifPresent(joined -> {
            if (joined.waitingForAgency()) {
                showWaitingForAgency();
                return;
            }
            currentUser.switchTo(joined.tenantId());
            Toasts.success("invitation.joined");
            UI.getCurrent().getPage().setLocation("./");
        });
    }

    /** Accepted, but the agency decides who belongs to it: say so, and that nothing of the company shows until then. */
    private void showWaitingForAgency() {
        InvitationPreview shown = java.util.Objects.requireNonNull(preview);
        PublicPages.show(
                this,
                getTranslation("invitation.title"),
                PublicPages.message(
                        getTranslation(
                                "invitation.waitingForAgency",
                                shown.agencyName() == null ? "" : shown.agencyName(),
                                shown.companyName()),
                        "waiting-for-agency"),
                new Anchor("login", getTranslation("nav.toLogin")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.title");
    }
}
