package app.baton.tenancy.ui;

import app.baton.security.Emails;
import app.baton.shared.TextLimits;
import app.baton.shared.ui.CommandBinder;
import app.baton.shared.ui.LanguageToggle;
import app.baton.shared.ui.PublicPages;
import app.baton.shared.ui.Refusals;
import app.baton.tenancy.CompanyService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A person creates their company and becomes its first founder. */
@Route(value = "sign-up", autoLayout = false)
@AnonymousAllowed
class SignUpView extends VerticalLayout implements HasDynamicTitle {

    private final CompanyService companies;
    private final TextField companyName = new TextField();
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final CommandBinder<CompanyService.SignUp> binder = new CommandBinder<>(CompanyService.SignUp.class);

    public SignUpView(CompanyService companies) {
        this.companies = companies;
        addClassName("public-page");
        setAlignItems(Alignment.CENTER);

        companyName.setLabel(getTranslation("signUp.companyName"));
        companyName.setPlaceholder(getTranslation("signUp.companyNamePlaceholder"));
        companyName.setMaxLength(TextLimits.NAME);
        companyName.setRequiredIndicatorVisible(true);
        displayName.setLabel(getTranslation("signUp.displayName"));
        displayName.setMaxLength(TextLimits.NAME);
        displayName.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("signUp.email"));
        email.setMaxLength(Emails.MAX);
        email.setRequiredIndicatorVisible(true);
        binder.forField(companyName).bind("companyName");
        binder.forField(displayName).bind("displayName");
        // the record's address check speaks (and allows the spaces a pasted address brings), not the field's own
        binder.forField(email).withDefaultValidator(false).bind("email");
        // not typed: the language the page is read in goes with the sign-up (its mails and the account speak it)
        binder.forField(new ReadOnlyHasValue<String>(tag -> {})).bind("languageTag");
        binder.readRecord(new CompanyService.SignUp("", "", "", getLocale().toLanguageTag()));

        FormLayout form = new FormLayout(companyName, displayName, email);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.addClassName("narrow-form");

        Button submit = new Button(getTranslation("signUp.next"), click -> submit());
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
        binder.write().ifPresent(this::submit);
    }

    private void submit(CompanyService.SignUp signUp) {
        Refusals refusals = new Refusals()
                .field(email, "email.")
                .field(displayName, "account.displayNameRequired")
                .field(companyName, "signUp.");
        refusals.run(() -> {
            companies.startSignUp(signUp);
            // the same answer whether or not the address has an account: nothing here tells who is on Baton
            PublicPages.show(
                    this,
                    getTranslation("signUp.title"),
                    PublicPages.message(
                            getTranslation("signUp.checkMail", email.getValue().strip()), "sign-up-sent"),
                    new Anchor("login", getTranslation("signUp.haveAccount")));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signUp.title");
    }
}
