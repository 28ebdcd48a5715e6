package app.baton.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.shared.i18n.Messages;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Vaadin's own messages speak the reader's language, and an ended session is announced rather than reloaded. */
class SystemTextsTest {

    private final SystemTexts texts = new SystemTexts(new Messages().messageSource());

    private SystemMessages in(Locale locale) {
        return texts.messages(new SystemMessagesInfo(locale, null, null));
    }

    @Test
    void an_ended_session_is_announced_in_traditional_chinese_unless_the_browser_asks_for_english() {
        for (Locale locale : new Locale[] {Locale.TAIWAN, Locale.CHINA, Locale.JAPAN, null}) {
            SystemMessages m = in(locale);
            assertThat(m.isSessionExpiredNotificationEnabled()).isTrue();
            assertThat(m.getSessionExpiredCaption()).isEqualTo("工作階段已結束");
            assertThat(m.getSessionExpiredMessage()).contains("重新登入", "已送出的決定都已保存");
            assertThat(m.getInternalErrorCaption()).isEqualTo("系統發生錯誤");
            assertThat(m.getSyncErrorCaption()).isEqualTo("畫面需要重新整理");
        }
        SystemMessages en = in(Locale.UK);
        assertThat(en.getSessionExpiredCaption()).isEqualTo("Your session has ended");
        assertThat(en.getSessionExpiredMessage()).contains("sign in again");
        assertThat(en.getInternalErrorCaption()).isEqualTo("Something went wrong");
        // a tap reloads the page, which the sign-in page answers
        assertThat(en.getSessionExpiredURL()).isNull();
    }
}
