package app.baton.notifications;

import app.baton.notifications.internal.NotificationEntity;
import app.baton.shared.Formats;
import app.baton.shared.web.BaseUrl;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A notification as e-mail and LINE tell it: its sentence in the reader's language and the page it opens. */
@Component
class NotificationTexts {

    private final MessageSource messages;
    private final BaseUrl baseUrl;

    NotificationTexts(MessageSource messages, BaseUrl baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    String text(NotificationEntity n, Locale locale) {
        return messages.getMessage("notification." + n.kind(), Formats.forReader(n.arguments(), locale), locale);
    }

    /** The exact page of the item (the home page when it has none). */
    String link(NotificationEntity n) {
        return n.link() == null ? baseUrl.get() : baseUrl.get() + n.link();
    }

    String page(String path) {
        return baseUrl.get() + path;
    }

    String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
