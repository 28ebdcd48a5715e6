package app.baton.shared.ui;

import app.baton.shared.DomainException;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Optional;

/** A new password, typed twice, with the rules as help: for a reset link and for finishing a sign-up. */
public class NewPasswordFields extends Composite<FormLayout> {

    private final PasswordField password = new PasswordField();
    private final PasswordField confirm = new PasswordField();

    /** {@code minLength}: the password rules' shortest password, for the help text. */
    public NewPasswordFields(int minLength) {
        password.setLabel(getTranslation("signUp.password"));
        password.setHelperText(getTranslation("password.rules", minLength));
        password.setRequiredIndicatorVisible(true);
        confirm.setLabel(getTranslation("signUp.confirmPassword"));
        confirm.setRequiredIndicatorVisible(true);
        getContent().add(password, confirm);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        getContent().addClassName("narrow-form");
    }

    /** The password when both fields agree; otherwise says so next to the second field. */
    public Optional<String> value() {
        password.setInvalid(false);
        confirm.setInvalid(false);
        if (!password.getValue().equals(confirm.getValue())) {
            confirm.setErrorMessage(getTranslation("password.mismatch"));
            confirm.setInvalid(true);
            return Optional.empty();
        }
        return Optional.of(password.getValue());
    }

    /** Shows a refusal of the password rules next to the field; false when the refusal is about something else. */
    public boolean show(DomainException e) {
        if (!e.messageKey().startsWith("password.")) {
            return false;
        }
        password.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
        password.setInvalid(true);
        return true;
    }
}
