package app.baton.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.security.MembershipRole;
import app.baton.shared.i18n.Messages;
import app.baton.shared.mail.Mailer;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Invitation mails go out in the recipient's language with the full link; without SMTP nothing is sent. */
class InvitationMailerTest {

    @Test
    void mails_the_link_in_traditional_chinese() {
        List<SimpleMailMessage> sent = new ArrayList<>();
        mailer(capturing(sent))
                .send("heir@test.example", "林記食品", MembershipRole.SUCCESSOR, "林志明", "invitations/1-abc", "zh-TW");
        assertThat(sent).singleElement().satisfies(message -> {
            assertThat(message.getTo()).containsExactly("heir@test.example");
            assertThat(message.getSubject()).contains("林記食品");
            assertThat(message.getText())
                    .contains("林志明")
                    .contains("創二代")
                    .contains("https://baton.example/invitations/1-abc");
        });
    }

    @Test
    void mails_in_english_to_an_english_reader() {
        List<SimpleMailMessage> sent = new ArrayList<>();
        mailer(capturing(sent))
                .send("a@test.example", "Lin Foods", MembershipRole.VENDOR, "Lin", "invitations/1-x", "en");
        assertThat(sent.getFirst().getText()).contains("invites you").contains("Vendor");
    }

    @Test
    void without_smtp_nothing_is_sent_and_nothing_fails() {
        StaticListableBeanFactory none = new StaticListableBeanFactory();
        new InvitationMailer(
                        new Mailer(none.getBeanProvider(JavaMailSender.class), "baton@baton.example"),
                        new Messages().messageSource(),
                        new app.baton.shared.web.BaseUrl("https://baton.example"))
                .send("a@test.example", "X", MembershipRole.FOUNDER, "Y", "invitations/1-x", "zh-TW");
    }

    private static InvitationMailer mailer(JavaMailSender sender) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mail", sender);
        return new InvitationMailer(
                new Mailer(beans.getBeanProvider(JavaMailSender.class), "baton@baton.example"),
                new Messages().messageSource(),
                new app.baton.shared.web.BaseUrl("https://baton.example"));
    }

    private static JavaMailSender capturing(List<SimpleMailMessage> sent) {
        return new JavaMailSenderImpl() {
            @Override
            public void send(SimpleMailMessage... messages) {
                sent.addAll(List.of(messages));
            }

            @Override
            public void send(MimeMessage... messages) {
                throw new AssertionError("expected a plain-text message");
            }
        };
    }
}
