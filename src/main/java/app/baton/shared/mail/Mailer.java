package app.baton.shared.mail;

import app.baton.shared.SharedProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends one plain-text mail through SMTP (Spring Mail, {@code spring.mail.*}); without SMTP configured (dev), the mail
 * is dropped and the log says so — without its address or text, which hold personal data (names, e-mail addresses)
 * and may hold an invitation's link (個人資料保護法; the same mail is visible in the app: notifications, the invitation
 * dialog's link). A failure to send throws {@link org.springframework.mail.MailException}, so the caller can
 * try again later or carry on. Used for invitations and notifications.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    @org.springframework.beans.factory.annotation.Autowired
    public Mailer(ObjectProvider<JavaMailSender> sender, SharedProperties properties) {
        this(sender, properties.mail().from());
    }

    /** With the sender given (tests). */
    public Mailer(ObjectProvider<JavaMailSender> sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    /** Whether mails really leave (SMTP configured) rather than being dropped. */
    private final java.util.concurrent.atomic.AtomicBoolean toldNoSmtp =
            new java.util.concurrent.atomic.AtomicBoolean();

    public boolean smtp() {
        return sender.getIfAvailable() != null;
    }

    public void send(String to, String subject, String body) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            // said once at INFO, then at DEBUG: under load every approval's mails filled the log (issue 16)
            String text =
                    "A mail was not sent: no SMTP is configured (spring.mail.host). Its address and text are not logged.";
            if (toldNoSmtp.compareAndSet(false, true)) {
                log.info(text + " Further mails not sent are logged at DEBUG.");
            } else {
                log.debug(text);
            }
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        smtp.send(message);
    }
}
