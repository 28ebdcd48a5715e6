package app.baton.tenancy;

import app.baton.security.MembershipRole;
import app.baton.shared.i18n.Messages;
import app.baton.shared.mail.Mailer;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * Mails an invitation link in the recipient's language when SMTP is configured ({@code spring.mail.host});
 * otherwise writes it to the log (dev). The founder always sees the link to copy, so a mail failure loses nothing.
 */
@Component
class InvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);

    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;

    InvitationMailer(
            Mailer mailer, MessageSource messages, @Value("${baton.base-url:http://localhost:8080}") String baseUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    void send(String to, String companyName, MembershipRole role, String invitedBy, String path, String languageTag) {
        Locale locale = Messages.supported(languageTag);
        String link = baseUrl + path;
        String roleName = messages.getMessage("role." + role.name(), null, locale);
        String subject = messages.getMessage("mail.invitation.subject", new Object[] {companyName}, locale);
        String body = messages.getMessage(
                "mail.invitation.body", new Object[] {invitedBy, companyName, roleName, link}, locale);
        if (!mailer.smtp()) {
            log.info("Invitation for {} to {} (no SMTP configured): {}", to, companyName, link);
            return;
        }
        try {
            mailer.send(to, subject, body);
        } catch (MailException e) {
            log.warn("Could not mail the invitation for {}; the founder has the link to copy", to, e);
        }
    }
}
