package app.baton.shared.ui;

import app.baton.shared.i18n.Messages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.Optional;

/** The reader's language for a component, also before it is attached (then the current UI's). */
public final class UiLocale {

    private UiLocale() {}

    public static Locale of(Component component) {
        return component
                .getUI()
                .or(() -> Optional.ofNullable(UI.getCurrent()))
                .map(UI::getLocale)
                .orElse(Messages.ZH_TW);
    }
}
