package app.baton.shared.ui;

import app.baton.shared.TextLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * Asks for the written reason a decision needs (reject, override a guardrail, change the guardrails) and refuses an
 * empty one next to the field. The reason is passed on only when the person confirms.
 */
public class ReasonDialog extends Dialog {

    private final TextArea reason;

    public ReasonDialog(String titleKey, String textKey, String confirmKey, Consumer<String> then) {
        this(titleKey, textKey, "request.decisionReason", confirmKey, then);
    }

    /** The same, with the text field labelled {@code labelKey} (a question, an answer). */
    public ReasonDialog(String titleKey, String textKey, String labelKey, String confirmKey, Consumer<String> then) {
        setHeaderTitle(getTranslation(titleKey));
        reason = new TextArea(getTranslation(labelKey));
        reason.setWidthFull();
        reason.setMaxLength(TextLimits.TEXT);
        reason.setRequired(true);
        reason.addValueChangeListener(e -> reason.setInvalid(false));
        add(new Paragraph(getTranslation(textKey)), reason);
        Button confirm = new Button(getTranslation(confirmKey), click -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("request.decisionReasonRequired"));
                reason.setInvalid(true);
                return;
            }
            close();
            then.accept(reason.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), confirm);
        setWidth("min(520px, 96vw)");
    }

    /** Starts the text with a suggestion the person can change. */
    public ReasonDialog prefill(String text) {
        reason.setValue(text);
        return this;
    }
}
