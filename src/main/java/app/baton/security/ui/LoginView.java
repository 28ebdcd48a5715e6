package app.baton.security.ui;

import app.baton.shared.ui.LanguageToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** Sign-in with e-mail and password, in the visitor's language, with a way to create a company. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext authentication;

    public LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("public-page");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(event -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        form.setI18n(i18n(null));

        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("brand");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("tagline");
        Div signUp = new Div(
                new Paragraph(getTranslation("login.noAccount")),
                new Anchor("sign-up", getTranslation("login.createCompany")));
        signUp.addClassName("secondary-action");
        add(new LanguageToggle(), brand, tagline, form, signUp);
    }

    /** The form's texts; {@code throttledSeconds}: the wait after too many attempts from this device, or null. */
    private LoginI18n i18n(@org.jspecify.annotations.Nullable Long throttledSeconds) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.email"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgotPassword"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        boolean throttled = throttledSeconds != null;
        error.setTitle(getTranslation(throttled ? "login.throttled.title" : "login.error.title"));
        error.setMessage(
                throttled
                        ? getTranslation("login.throttled.message", Math.max(1, (throttledSeconds + 59) / 60))
                        : getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.usernameRequired"));
        error.setPassword(getTranslation("login.error.passwordRequired"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("throttled")) {
            form.setI18n(i18n(seconds(parameters.get("throttled"))));
            form.setError(true);
        } else if (parameters.containsKey("error")) {
            form.setI18n(i18n(null));
            form.setError(true);
        }
    }

    private static Long seconds(java.util.List<String> values) {
        try {
            return Math.min(3600, Math.max(1, Long.parseLong(values.getFirst())));
        } catch (RuntimeException notANumber) {
            return 60L;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
