package app.baton.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Serves Vaadin's {@code getTranslation} from the same bundles Spring uses. */
@Component
class BatonI18nProvider implements I18NProvider {

    private final MessageSource messageSource;

    BatonI18nProvider(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Messages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messageSource.getMessage(key, params, Messages.supported(locale));
    }
}
