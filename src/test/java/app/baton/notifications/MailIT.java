package app.baton.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.DateSensitive;
import app.baton.MutableClock;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.BudgetFixtures;
import app.baton.budgets.BudgetFixtures.ActivePlan;
import app.baton.budgets.BudgetRequestService;
import app.baton.budgets.ChannelService;
import app.baton.budgets.Tier;
import app.baton.reports.EngagementService;
import app.baton.reports.ReportFixtures;
import app.baton.reports.ReportReminders;
import app.baton.reports.ReportService;
import app.baton.security.AccountService;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * E-mail through a real in-process SMTP server (GreenMail): items right away in the recipient's language, a kind
 * turned off, the daily digest, report reminders (due in 3 days, late) sent once even when two runs race.
 */
@DateSensitive
class MailIT extends MailTestBase {

    @Autowired
    Companies companies;

    @Autowired
    BudgetFixtures.Budgets budgets;

    @Autowired
    BudgetRequestService requests;

    @Autowired
    MailJobs jobs;

    @Autowired
    app.baton.security.PasswordResetService passwordResets;

    @Autowired
    MailSettingsService settings;

    @Autowired
    AccountService accounts;

    @Autowired
    EngagementService engagements;

    @Autowired
    ChannelService channels;

    @Autowired
    ReportService reports;

    @Autowired
    ReportReminders reminders;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    Company c;
    ActivePlan plan;

    @BeforeEach
    void company() throws Exception {
        c = companies.create("mail");
        plan = budgets.activePlan(c.founder());
        // mails left by other tests' notifications are not this test's business
        jobs.sendItemsAt(clock.instant());
        smtp.reset();
    }

    private void request(long amount) throws Exception {
        long changeCount = budgets.changeCount(c.successor(), plan.id());
        companies.run(
                c.successor(),
                () -> requests.submit(BudgetFixtures.move(
                        plan,
                        changeCount,
                        amount,
                        Tier.FOUNDATION,
                        "GOOGLE_ADS",
                        Tier.FOUNDATION,
                        "META_ADS",
                        YearMonth.of(BudgetFixtures.YEAR, 3))));
    }

    private List<MimeMessage> to(String email) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> a.toString().equals(email));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }

    @Test
    void an_approval_waiting_is_mailed_once_in_the_founders_language_and_a_kind_turned_off_is_not() throws Exception {
        request(1_000);
        assertThat(jobs.sendItemsAt(clock.instant())).isPositive();
        List<MimeMessage> mails = to(c.founder().email());
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).startsWith("[Baton · " + c.name() + "]").contains("等您決定");
        String body = GreenMailUtil.getBody(mail);
        assertThat(mail.getContent().toString())
                .contains("您好")
                .contains("https://baton.example/budget/requests/")
                .contains("https://baton.example/profile");
        assertThat(body).isNotBlank();
        // the successor who asked is not mailed about their own request
        assertThat(to(c.successor().email())).isEmpty();

        // a second run mails nothing again
        jobs.sendItemsAt(clock.instant());
        assertThat(to(c.founder().email())).hasSize(1);

        // in English once the founder says so; and nothing once approvals are turned off
        companies.run(c.founder(), () -> accounts.updateMyProfile("Lin", "en"));
        request(2_000);
        jobs.sendItemsAt(clock.instant());
        assertThat(to(c.founder().email())).hasSize(2);
        assertThat(to(c.founder().email()).get(1).getSubject()).contains("waits for your decision");
        companies.run(
                c.founder(), () -> settings.save(EnumSet.complementOf(EnumSet.of(MailKind.APPROVALS_WAITING)), false));
        request(3_000);
        jobs.sendItemsAt(clock.instant());
        assertThat(to(c.founder().email())).hasSize(2);
        assertThat(companies.as(c.founder(), () -> settings.mine().enabled()))
                .doesNotContain(MailKind.APPROVALS_WAITING);
    }

    @Test
    void a_password_reset_mail_links_to_the_configured_address() throws Exception {
        passwordResets.request(c.successor().email());
        List<MimeMessage> mails = to(c.successor().email());
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getContent().toString()).contains("https://baton.example/reset-password/");
    }

    @Test
    void a_daily_digest_gathers_the_items_and_is_sent_once() throws Exception {
        companies.run(c.founder(), () -> settings.save(EnumSet.allOf(MailKind.class), true));
        request(1_000);
        request(2_000);
        jobs.sendItemsAt(clock.instant());
        assertThat(to(c.founder().email())).isEmpty();

        jobs.sendDigestsAt(clock.instant().plusSeconds(60));
        List<MimeMessage> mails = to(c.founder().email());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains("2");
        String body = mails.get(0).getContent().toString();
        assertThat(body.split("• \\[", -1)).hasSize(3);
        assertThat(body).contains(c.name());

        jobs.sendDigestsAt(clock.instant().plusSeconds(120));
        assertThat(to(c.founder().email())).hasSize(1);
    }

    @Test
    void report_reminders_are_sent_once_even_when_two_runs_race_and_are_mailed_to_the_agency() throws Exception {
        long engagementId =
                ReportFixtures.engagement(companies, c, engagements, channels).id();
        // October 2026 uploaded; November due on 10 December: on 8 December November is due soon
        companies.run(
                c.vendor(),
                () -> reports.upload(
                        engagementId,
                        YearMonth.of(2026, 10),
                        "october.csv",
                        new ByteArrayInputStream(ReportFixtures.month("2026-10", 1, false)),
                        null,
                        List.of()));
        Instant december8 = ZonedDateTime.of(2026, 12, 8, 10, 0, 0, 0, ZoneId.of("Asia/Taipei"))
                .toInstant();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> run = () -> reminders.runAt(december8);
            List<Future<Integer>> both = pool.invokeAll(List.of(run, run));
            for (Future<Integer> f : both) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(reminders.runAt(december8)).isZero();
        assertThat(kinds(engagementId)).containsExactly("DUE_SOON:2026-11-01");

        // 11 December: November is late — the agency and the company's founders and successor are told
        Instant december11 = december8.plus(Duration.ofDays(3));
        reminders.runAt(december11);
        reminders.runAt(december11);
        assertThat(kinds(engagementId)).containsExactlyInAnyOrder("DUE_SOON:2026-11-01", "LATE:2026-11-01");

        int before = smtp.getReceivedMessages().length;
        int sent = jobs.sendItemsAt(clock.instant());
        // the job mails every company's pending items; wait (bounded) until GreenMail has stored all it accepted
        assertThat(smtp.waitForIncomingEmail(5_000, before + sent)).isTrue();
        List<MimeMessage> vendorMails = to(c.vendor().email());
        assertThat(vendorMails).hasSize(2);
        assertThat(vendorMails).extracting(MimeMessage::getSubject).anyMatch(s -> s.contains("逾期"));
        assertThat(vendorMails.get(0).getContent().toString())
                .contains("https://baton.example/engagements/" + engagementId);
        // the founder: the October upload waiting for review, and November late
        assertThat(to(c.founder().email()))
                .extracting(MimeMessage::getSubject)
                .filteredOn(subject -> subject.contains("逾期"))
                .hasSize(1);
    }

    private List<String> kinds(long engagementId) {
        return jdbc.queryForList(
                "select concat(kind, ':', report_month) from report_reminder where tenant_id = ? and engagement_id = ?",
                String.class,
                c.id(),
                engagementId);
    }
}
