package app.baton.tenancy.ui;

import app.baton.security.PasswordPolicy;
import app.baton.shared.DomainException;
import app.baton.shared.ui.LanguageToggle;
import app.baton.shared.ui.NewPasswordFields;
import app.baton.shared.ui.PublicPages;
import app.baton.tenancy.CompanyService;
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

/** Where a sign-up link lands: choose the password, and the company is created with its first founder. */
@Route(value = "sign-up/:token", autoLayout = false)
@AnonymousAllowed
class SignUpFinishView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CompanyService companies;
    private final app.baton.security.CurrentUser currentUser;

    public SignUpFinishView(CompanyService companies, app.baton.security.CurrentUser currentUser) {
        this.companies = companies;
        this.currentUser = currentUser;
        addClassName("public-page");
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(new LanguageToggle(), new H1(getTranslation("signUp.title")));
        companies
                .pendingSignUp(token)
                .ifPresentOrElse(
                        pending -> form(token, pending),
                        () -> add(
                                new Paragraph(getTranslation("signUp.linkNotOpen")),
                                new Anchor("sign-up", getTranslation("signUp.again"))));
    }

    private void form(String token, CompanyService.PendingSignUp pending) {
        add(new Paragraph(getTranslation("signUp.finishIntro", pending.companyName(), pending.email())));
        NewPasswordFields fields = new NewPasswordFields(PasswordPolicy.MIN_LENGTH);
        Button create = new Button(getTranslation("signUp.submit"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        create.addClassName("wide-button");
        create.addClickListener(click -> fields.value().ifPresent(password -> {
            try {
                CompanyService.CompanyView company = companies.finishSignUp(token, password);
                if (currentUser.signInWithPassword(pending.email(), password)) {
                    // signed in: the whole page loads again so that the app frame and menu are the founder's
                    getUI().ifPresent(ui -> ui.getPage().setLocation("./"));
                    return;
                }
                PublicPages.show(
                        this,
                        getTranslation("signUp.title"),
                        PublicPages.message(getTranslation("signUp.ready", company.name()), "sign-up-ready"),
                        new Anchor("login", getTranslation("nav.toLogin")));
            } catch (DomainException e) {
                if (!fields.show(e)) {
                    PublicPages.show(
                            this,
                            getTranslation("signUp.title"),
                            new Paragraph(getTranslation(e.messageKey())),
                            new Anchor("sign-up", getTranslation("signUp.again")));
                }
            }
        }));
        add(fields, create);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signUp.title");
    }
}
