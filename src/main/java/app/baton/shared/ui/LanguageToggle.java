package app.baton.shared.ui;

import app.baton.shared.i18n.LocaleInitializer;
import app.baton.shared.i18n.Messages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Locale;

/**
 * 中文 | English switch for pages a visitor sees before signing in. Each language is named in itself, so a
 * person who cannot read the current one still finds theirs.
 */
public class LanguageToggle extends HorizontalLayout {

    public LanguageToggle() {
        addClassName("language-toggle");
        setSpacing(false);
        add(option(Messages.ZH_TW, "language.zhTW"), option(Messages.EN, "language.en"));
    }

    private Button option(Locale locale, String key) {
        Button button = new Button(getTranslation(key), click -> {
            LocaleInitializer.chooseForVisitor(locale);
            UI.getCurrent().getPage().reload();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("lang", locale.toLanguageTag());
        return button;
    }
}
