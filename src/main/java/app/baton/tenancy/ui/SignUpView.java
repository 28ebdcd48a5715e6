package app.baton.tenancy.ui;

import app.baton.security.PasswordPolicy;
import app.baton.shared.DomainException;
import app.baton.shared.ui.LanguageToggle;
import app.baton.shared.ui.Toasts;
import app.baton.tenancy.CompanyService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A person creates their company and becomes its first founder. */
@Route(value = "sign-up", autoLayout = false)
@AnonymousAllowed
public class SignUpView extends VerticalLayout implements HasDynamicTitle {

    private final CompanyService companies;
    private final TextField companyName = new TextField();
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final PasswordField confirm = new PasswordField();

    public SignUpView(CompanyService companies) {
        this.companies = companies;
        addClassName("public-page");
        setAlignItems(Alignment.CENTER);

        companyName.setLabel(getTranslation("signUp.companyName"));
        companyName.setPlaceholder(getTranslation("signUp.companyNamePlaceholder"));
        companyName.setMaxLength(200);
        companyName.setRequiredIndicatorVisible(true);
        displayName.setLabel(getTranslation("signUp.displayName"));
        displayName.setMaxLength(200);
        displayName.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("signUp.email"));
        email.setRequiredIndicatorVisible(true);
        password.setLabel(getTranslation("signUp.password"));
        password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        password.setRequiredIndicatorVisible(true);
        confirm.setLabel(getTranslation("signUp.confirmPassword"));
        confirm.setRequiredIndicatorVisible(true);

        FormLayout form = new FormLayout(companyName, displayName, email, password, confirm);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.addClassName("narrow-form");

        Button submit = new Button(getTranslation("signUp.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.addClassName("wide-button");

        H1 title = new H1(getTranslation("signUp.title"));
        add(
                new LanguageToggle(),
                title,
                new Paragraph(getTranslation("signUp.intro")),
                form,
                submit,
                new Anchor("login", getTranslation("signUp.haveAccount")));
    }

    private void submit() {
        for (var field :
                new com.vaadin.flow.component.HasValidation[] {companyName, displayName, email, password, confirm}) {
            field.setInvalid(false);
        }
        if (!password.getValue().equals(confirm.getValue())) {
            confirm.setErrorMessage(getTranslation("password.mismatch"));
            confirm.setInvalid(true);
            return;
        }
        try {
            companies.signUp(new CompanyService.SignUp(
                    companyName.getValue(),
                    displayName.getValue(),
                    email.getValue(),
                    password.getValue(),
                    getLocale().toLanguageTag()));
            Toasts.success("signUp.done");
            UI.getCurrent().navigate("login");
        } catch (DomainException e) {
            String message = getTranslation(e.messageKey(), e.arguments());
            String key = e.messageKey();
            if (key.startsWith("password.")) {
                password.setErrorMessage(message);
                password.setInvalid(true);
            } else if (key.startsWith("email.") || key.equals("account.emailTaken")) {
                email.setErrorMessage(message);
                email.setInvalid(true);
            } else if (key.equals("account.displayNameRequired")) {
                displayName.setErrorMessage(message);
                displayName.setInvalid(true);
            } else if (key.startsWith("signUp.")) {
                companyName.setErrorMessage(message);
                companyName.setInvalid(true);
            } else {
                Toasts.error(e);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signUp.title");
    }
}
