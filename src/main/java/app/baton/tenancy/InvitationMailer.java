package app.baton.tenancy;

import app.baton.security.MembershipRole;
import app.baton.shared.i18n.Messages;
import app.baton.shared.mail.Mailer;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * Mails invitation and sign-up links in the recipient's language when SMTP is configured ({@code spring.mail.host});
 * otherwise writes them to the log (dev). The founder always sees an invitation's link to copy, so a mail failure
 * loses nothing; a sign-up can be started again.
 */
@Component
class InvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);

    private final Mailer mailer;
    private final MessageSource messages;
    private final app.baton.shared.web.BaseUrl baseUrl;

    InvitationMailer(Mailer mailer, MessageSource messages, app.baton.shared.web.BaseUrl baseUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    void send(String to, String companyName, MembershipRole role, String invitedBy, String path, String languageTag) {
        Locale locale = Messages.supported(languageTag);
        String link = baseUrl.get() + path;
        String roleName = messages.getMessage("role." + role.name(), null, locale);
        String subject = messages.getMessage("mail.invitation.subject", new Object[] {companyName}, locale);
        String body = messages.getMessage(
                "mail.invitation.body", new Object[] {invitedBy, companyName, roleName, link}, locale);
        if (!mailer.smtp()) {
            // no address in the log (personal data); the founder has the link on screen
            log.info("Invitation to {} not mailed: no SMTP configured", companyName);
            return;
        }
        try {
            mailer.send(to, subject, body);
        } catch (MailException e) {
            log.warn("Could not mail an invitation to {}; the founder has the link to copy", companyName, e);
        }
    }

    /** The link that finishes a sign-up. */
    void signUpLink(String to, String companyName, String displayName, String path, String languageTag) {
        String link = baseUrl.get() + path;
        mail(
                to,
                "mail.signUp.subject",
                "mail.signUp.body",
                new Object[] {displayName, companyName, link},
                languageTag,
                link);
    }

    /** Someone started a sign-up with an address that has an account: its owner is told, and how to go on. */
    void signUpWithExistingAccount(String to, String companyName, String languageTag) {
        mail(
                to,
                "mail.signUpExisting.subject",
                "mail.signUpExisting.body",
                new Object[] {companyName, baseUrl.get() + "login", baseUrl.get() + "forgot-password"},
                languageTag,
                "(a note to an existing account)");
    }

    private void mail(String to, String subjectKey, String bodyKey, Object[] args, String languageTag, String logged) {
        Locale locale = Messages.supported(languageTag);
        String subject = messages.getMessage(subjectKey, args, locale);
        String body = messages.getMessage(bodyKey, args, locale);
        if (!mailer.smtp()) {
            log.info("{} (no SMTP configured): {}", subject, logged);
            return;
        }
        try {
            mailer.send(to, subject, body);
        } catch (MailException e) {
            log.warn("Could not send \"{}\"", subject, e);
        }
    }
}
