package app.baton.shared.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Chooses each page's language: the signed-in person's preference, else what a visitor picked on a public page,
 * else Traditional Chinese, whatever the browser asks for.
 */
@Component
public class LocaleInitializer implements VaadinServiceInitListener {

    static final String VISITOR_LOCALE = "baton.visitorLocale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI()));
    }

    /** Applies the language that {@link #resolve} picks to a UI. */
    public static void apply(UI ui) {
        Locale locale = resolve(ui.getSession());
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
    }

    static Locale resolve(VaadinSession session) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof LanguagePreference user) {
            return Messages.supported(user.languageTag());
        }
        Object chosen = session.getAttribute(VISITOR_LOCALE);
        if (chosen instanceof Locale locale) {
            return locale;
        }
        return Messages.ZH_TW;
    }

    /** A visitor's choice on a public page; kept in their session and applied at once. */
    public static void chooseForVisitor(Locale locale) {
        UI ui = UI.getCurrent();
        ui.getSession().setAttribute(VISITOR_LOCALE, Messages.supported(locale));
        apply(ui);
    }
}
