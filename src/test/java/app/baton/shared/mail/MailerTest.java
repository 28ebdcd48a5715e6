package app.baton.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;

/** Without SMTP a mail is dropped, and the log names neither its address nor its text (personal data, links). */
@ExtendWith(OutputCaptureExtension.class)
class MailerTest {

    @Test
    void a_mail_without_smtp_leaves_no_personal_data_in_the_log(CapturedOutput output) {
        Mailer mailer = new Mailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), "baton@x");
        assertThat(mailer.smtp()).isFalse();
        mailer.send("lin@example.com", "[Baton] 林佳穎 邀請您", "林志明 您好：\nhttps://baton.example/invite/12-secret-token");
        assertThat(output.getOut())
                .contains("A mail was not sent")
                .doesNotContain("lin@example.com")
                .doesNotContain("林佳穎")
                .doesNotContain("林志明")
                .doesNotContain("secret-token");
    }

    @Test
    void a_server_without_smtp_says_so_once_not_for_every_mail(CapturedOutput output) {
        Mailer mailer = new Mailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), "baton@x");
        for (int i = 0; i < 5; i++) {
            mailer.send("lin@example.com", "subject", "text");
        }
        // INFO once; the rest at DEBUG, which the tests' and production's logging leaves out
        assertThat(output.getOut().split("A mail was not sent", -1)).hasSize(2);
    }
}
