package app.baton.security.ui;

import app.baton.security.AccountService;
import app.baton.security.AccountSummary;
import app.baton.security.PasswordPolicy;
import app.baton.shared.TextLimits;
import app.baton.shared.i18n.Messages;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.Toasts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A person's own name, language and password. */
@Route("profile")
@PermitAll
public class ProfileView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final TextField displayName = new TextField();
    private final Select<String> language = new Select<>();
    private final PasswordField currentPassword = new PasswordField();
    private final PasswordField newPassword = new PasswordField();
    private final PasswordField confirmPassword = new PasswordField();

    public ProfileView(AccountService accounts, java.util.List<app.baton.shared.ui.PageSection> sections) {
        this.accounts = accounts;
        addClassName("page");
        AccountSummary me = accounts.myAccount();

        displayName.setLabel(getTranslation("profile.displayName"));
        displayName.setValue(me.displayName());
        displayName.setMaxLength(TextLimits.NAME);
        TextField email = new TextField(getTranslation("profile.email"));
        email.setValue(me.email());
        email.setReadOnly(true);
        language.setLabel(getTranslation("profile.language"));
        language.setItems(Messages.ZH_TW.toLanguageTag(), Messages.EN.toLanguageTag());
        language.setItemLabelGenerator(tag -> getTranslation(tag.startsWith("en") ? "language.en" : "language.zhTW"));
        language.setValue(Messages.supported(me.languageTag()).toLanguageTag());
        Button saveProfile = new Button(getTranslation("profile.save"), click -> saveProfile());
        saveProfile.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FormLayout profileForm = new FormLayout(displayName, email, language);
        profileForm.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));

        currentPassword.setLabel(getTranslation("profile.currentPassword"));
        newPassword.setLabel(getTranslation("profile.newPassword"));
        newPassword.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        confirmPassword.setLabel(getTranslation("profile.confirmPassword"));
        Button changePassword = new Button(getTranslation("profile.changePassword"), click -> changePassword());
        FormLayout passwordForm = new FormLayout(currentPassword, newPassword, confirmPassword);
        passwordForm.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));

        add(
                new H2(getTranslation("profile.title")),
                profileForm,
                saveProfile,
                new H2(getTranslation("profile.passwordTitle")),
                passwordForm,
                changePassword);
        app.baton.shared.ui.PageSection.addAll(sections, "profile", this);
    }

    private void saveProfile() {
        displayName.setInvalid(false);
        new Refusals().field(displayName, Refusals.ANY).run(() -> {
            accounts.updateMyProfile(displayName.getValue(), language.getValue());
            Toasts.success("profile.saved");
            UI.getCurrent().getPage().reload();
        });
    }

    private void changePassword() {
        currentPassword.setInvalid(false);
        newPassword.setInvalid(false);
        confirmPassword.setInvalid(false);
        if (!newPassword.getValue().equals(confirmPassword.getValue())) {
            confirmPassword.setErrorMessage(getTranslation("password.mismatch"));
            confirmPassword.setInvalid(true);
            return;
        }
        new Refusals()
                .field(currentPassword, "password.currentWrong")
                .field(newPassword, Refusals.ANY)
                .run(() -> {
                    accounts.changeMyPassword(currentPassword.getValue(), newPassword.getValue());
                    currentPassword.clear();
                    newPassword.clear();
                    confirmPassword.clear();
                    Toasts.success("profile.passwordChanged");
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title");
    }
}
