package app.baton.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Copies a text (an invitation link, an API token) to the clipboard in one tap. The copy happens in the browser
 * during the tap itself (the clipboard needs the person's gesture); where the browser refuses (plain HTTP on a real
 * host), the text is selected instead, ready for the phone's own copy. "Copied" is confirmed by a toast.
 */
public final class CopyButton extends Button {

    public CopyButton(String text) {
        super(VaadinIcon.COPY.create());
        setText(getTranslation("common.copy"));
        addClassName("copy-button");
        getElement().setProperty("copyText", text);
        addClickListener(click -> Toasts.success("common.copied"));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement()
                .executeJs("const button = this;"
                        + " if (button.__batonCopy) return; button.__batonCopy = true;"
                        + " button.addEventListener('click', () => {"
                        + "   const text = button.copyText;"
                        + "   const select = () => { const area = button.closest('vaadin-dialog-overlay, body')"
                        + "     ?.querySelector('textarea'); if (area) { area.focus(); area.select(); } };"
                        + "   if (navigator.clipboard && window.isSecureContext) {"
                        + "     navigator.clipboard.writeText(text).catch(select);"
                        + "   } else { select(); }"
                        + " });");
    }
}
