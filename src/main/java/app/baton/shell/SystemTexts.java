package app.baton.shell;

import app.baton.shared.i18n.Messages;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the page says when its server side is gone or failed, in the reader's language: Vaadin's own system messages
 * (English by default, and a session that ended only reloaded the page without a word).
 *
 * <p>A session ends when a person has been away past the timeout, or when the replica that held it stopped (the
 * load balancer sends them to another, which does not know them). Either way the page now says so and what is lost
 * — an unsaved form — and a tap takes them to the sign-in page. The session is gone, so its language is unknown: the
 * browser's is used (Traditional Chinese unless it asks for English).
 */
@Component
class SystemTexts implements VaadinServiceInitListener {

    private final MessageSource messages;

    SystemTexts(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(this::messages);
    }

    SystemMessages messages(SystemMessagesInfo info) {
        Locale locale = Messages.supported(info.getLocale());
        CustomizedSystemMessages texts = new CustomizedSystemMessages();
        texts.setSessionExpiredNotificationEnabled(true);
        texts.setSessionExpiredCaption(text("system.sessionEnded.caption", locale));
        texts.setSessionExpiredMessage(text("system.sessionEnded.message", locale));
        texts.setInternalErrorCaption(text("system.internalError.caption", locale));
        texts.setInternalErrorMessage(text("system.internalError.message", locale));
        texts.setSyncErrorCaption(text("system.syncError.caption", locale));
        texts.setSyncErrorMessage(text("system.syncError.message", locale));
        return texts;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
