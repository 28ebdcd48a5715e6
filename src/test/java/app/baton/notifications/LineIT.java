package app.baton.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.MutableClock;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.TestFixtures.Person;
import app.baton.security.AccountService;
import app.baton.shared.DomainException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * LINE notifications against a fake Messaging API ({@link FakeLine}) on MariaDB (decision 022): connecting an
 * account, linking with a valid and a forged signature, a push per enabled kind in each language, quiet hours, the
 * digest once, a 429 retried under one retry key, a blocked person unlinked, two schedulers sending once, the quota
 * spent falling back to e-mail, and another company seeing none of it. Not in the calendar rounds: the times it
 * depends on (quiet hours, the digest's morning, the quota's month turning at 00:00 on 1 January in Taipei) are set
 * at fixed instants in the tests themselves.
 */
class LineIT extends MailTestBase {

    private static final java.time.ZoneId TAIPEI = java.time.ZoneId.of("Asia/Taipei");

    @Autowired
    Companies companies;

    @Autowired
    LineAccountService accounts;

    @Autowired
    LineLinkService links;

    @Autowired
    LineSettingsService settings;

    @Autowired
    MailSettingsService mailSettings;

    @Autowired
    AccountService people;

    @Autowired
    LineJobs jobs;

    @Autowired
    LineWebhook webhook;

    @Autowired
    app.baton.tenancy.MembershipService memberships;

    @Autowired
    NotificationWriter writer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    FakeLine line;
    Company c;
    String secret;

    @BeforeEach
    void company() throws Exception {
        line = FakeLine.start();
        line.reset();
        // a start at midnight (-Dbaton.test.instant) would fall inside the default quiet hours: that day's 10:00
        clock.set(java.time.LocalDate.ofInstant(clock.instant(), TAIPEI)
                .atTime(10, 0)
                .atZone(TAIPEI)
                .toInstant());
        c = companies.create("line");
        secret = secretFor(c);
        // notifications left by other tests are not this test's business: only this company has an account here
        jdbc.update("delete from line_channel where tenant_id <> ?", c.id());
    }

    @Test
    void a_founder_connects_the_account_whose_secrets_are_sealed_and_never_shown() throws Exception {
        Person founder = c.founder();
        assertThatThrownBy(() -> companies.as(c.successor(), () -> accounts.connect("1234567890", secret, token(c))))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(refusal(() -> companies.as(founder, () -> accounts.connect("12ab", secret, token(c)))))
                .isEqualTo("line.account.badChannelId");
        assertThat(refusal(() -> companies.as(founder, () -> accounts.connect("1234567890", "short", token(c)))))
                .isEqualTo("line.account.badSecret");
        assertThat(refusal(() -> companies.as(founder, () -> accounts.connect("1234567890", secret, "x"))))
                .isEqualTo("line.account.badToken");
        assertThat(refusal(() ->
                        companies.as(founder, () -> accounts.connect("1234567890", secret, FakeLine.REFUSED_TOKEN))))
                .isEqualTo("line.account.tokenRefused");
        assertThat(companies.as(founder, accounts::account)).isEmpty();

        LineAccountService.Account account = connect(c);
        assertThat(account.basicId()).isEqualTo("@baton-test");
        assertThat(account.displayName()).isEqualTo("Baton 測試帳號");
        assertThat(account.planQuota()).isEqualTo(200L);
        assertThat(account.webhookUrl()).startsWith("https://baton.example/line/webhook/");
        String stored = jdbc.queryForObject(
                "select concat(secret_enc, '|', token_enc) from line_channel where tenant_id = ?",
                String.class,
                c.id());
        assertThat(stored).doesNotContain(secret).doesNotContain(token(c));
        assertThat(account.toString()).doesNotContain(secret).doesNotContain(token(c));
        // re-entering rotates them: the webhook address stays
        LineAccountService.Account again = companies.as(
                founder, () -> accounts.connect("1234567890", secretFor(c).replace('a', 'b'), token(c) + "X"));
        assertThat(again.webhookUrl()).isEqualTo(account.webhookUrl());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where tenant_id = ? and action = 'LINE_CONNECTED'",
                        Long.class,
                        c.id()))
                .isEqualTo(2);
    }

    @Test
    void linking_with_a_valid_signature_links_and_a_forged_one_or_a_chat_does_not() throws Exception {
        connect(c);
        Person founder = c.founder();
        LineLinkService.Code code = companies.as(founder, links::newCode);
        assertThat(code.message()).matches("Baton \\d{4} \\d{4}");
        assertThat(code.chatUrl()).startsWith("https://line.me/R/oaMessage/%40baton-test/?Baton%20");

        // forged: signed with another secret
        int forged = post(c, message("Ufounder", code.message()), "0123456789abcdef0123456789abcdef");
        assertThat(forged).isEqualTo(401);
        int unsigned = postRaw(key(c), message("Ufounder", code.message()), null);
        assertThat(unsigned).isEqualTo(401);
        assertThat(postRaw("nosuchkey", message("Ufounder", code.message()), "x"))
                .isEqualTo(404);
        // a customer chatting with the account: answered 200, stored nowhere
        assertThat(post(c, message("Ucustomer", "請問營業時間？"), secret)).isEqualTo(200);
        assertThat(queued()).isZero();
        jobs.processWebhookAt(clock.instant());
        assertThat(companies.as(founder, links::status).linked()).isFalse();

        // full-width digits and no space are read too
        String typed = "baton" + toFullWidth(code.message().substring(6).replace(" ", ""));
        assertThat(post(c, message("Ufounder", typed), secret)).isEqualTo(200);
        assertThat(queued()).isEqualTo(1);
        jobs.processWebhookAt(clock.instant());
        assertThat(companies.as(founder, links::status).linked()).isTrue();
        assertThat(queued()).isZero();
        assertThat(line.replies())
                .singleElement()
                .satisfies(r -> assertThat(r.body()).contains("連結完成"));
        // a used code does not link anyone else
        post(c, message("Uintruder", code.message()), secret);
        jobs.processWebhookAt(clock.instant());
        assertThat(jdbc.queryForObject("select count(*) from line_link where tenant_id = ?", Long.class, c.id()))
                .isEqualTo(1);
        assertThat(line.replies())
                .last()
                .satisfies(r -> assertThat(r.body()).contains("無效").contains("not valid"));

        // blocking the account (unfollow) unlinks at once
        post(c, unfollow("Ufounder"), secret);
        jobs.processWebhookAt(clock.instant());
        assertThat(companies.as(founder, links::status).linked()).isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where tenant_id = ? and action in ('LINE_LINKED','LINE_UNLINKED')",
                        Long.class,
                        c.id()))
                .isEqualTo(2);
    }

    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void no_token_secret_line_user_id_or_message_reaches_the_log(
            org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        connect(c);
        link(c, c.founder(), "Usecretperson");
        line.answerPushesWith(429, 200);
        notify(c.founder(), "BUDGET_REQUEST_WAITING");
        jobs.sendAt(clock.instant());
        line.answerPushesWith(400);
        notify(c.founder(), "REPORT_LATE");
        jobs.sendAt(clock.instant());
        assertThat(line.pushesTo("Usecretperson")).hasSize(3);
        assertThat(output.getAll())
                .doesNotContain(token(c))
                .doesNotContain(secret)
                .doesNotContain("Usecretperson")
                .doesNotContain("Meta 廣告");
    }

    @Test
    void the_founder_s_test_message_goes_to_their_own_line() throws Exception {
        connect(c);
        assertThat(refusal(() -> companies.as(c.founder(), accounts::sendTest)))
                .isEqualTo("line.account.testNotLinked");
        link(c, c.founder(), "Utest");
        assertThat(companies.as(c.founder(), accounts::sendTest)).isTrue();
        assertThat(line.pushesTo("Utest"))
                .singleElement()
                .satisfies(r -> assertThat(r.body()).contains("Baton 之後會透過 LINE 通知您"));
        line.answerPushesWith(401);
        assertThat(companies.as(c.founder(), accounts::sendTest)).isFalse();
        assertThatThrownBy(() -> companies.as(c.successor(), accounts::sendTest))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void the_quota_is_counted_per_month_in_taipei() throws Exception {
        line.quota(1);
        connect(c);
        link(c, c.founder(), "Umonth");
        // never quiet, so the month's last minute and the next month's first both push
        companies.run(
                c.founder(),
                () -> settings.save(
                        EnumSet.allOf(MailKind.class),
                        false,
                        java.time.LocalTime.MIDNIGHT,
                        java.time.LocalTime.MIDNIGHT));
        clock.set(Instant.parse("2026-12-31T15:59:00Z")); // 31 December 23:59 in Taipei
        notify(c.founder(), "BUDGET_REQUEST_WAITING");
        jobs.sendAt(clock.instant());
        notify(c.founder(), "REPORT_LATE");
        jobs.sendAt(clock.instant());
        assertThat(state(c.founder(), "REPORT_LATE")).isEqualTo("MAILED");
        clock.set(Instant.parse("2026-12-31T16:00:00Z")); // 1 January 00:00: a new month, a new quota
        notify(c.founder(), "REPORT_DUE_SOON");
        jobs.sendAt(clock.instant());
        assertThat(state(c.founder(), "REPORT_DUE_SOON")).isEqualTo("SENT");
        assertThat(line.pushesTo("Umonth")).hasSize(2);
        assertThat(jdbc.queryForList(
                        "select sent_month from line_delivery where tenant_id = ? and state = 'SENT' order by id",
                        String.class,
                        c.id()))
                .containsExactly("2026-12", "2027-01");
    }

    @Test
    void a_removed_member_s_line_user_id_is_forgotten_and_stale_items_are_not_pushed() throws Exception {
        connect(c);
        link(c, c.successor(), "Uremoved");
        link(c, c.founder(), "Ustale");
        notify(c.successor(), "BUDGET_REQUEST_WAITING");
        companies.run(
                c.founder(), () -> memberships.remove(c.successor().membership().membershipId()));
        jobs.sendAt(clock.instant());
        assertThat(line.pushesTo("Uremoved")).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from line_link where tenant_id = ? and line_user_id = 'Uremoved'",
                        Long.class,
                        c.id()))
                .isZero();
        // an item older than a day (the job was stopped) is not pushed one by one
        notify(c.founder(), "REPORT_LATE");
        clock.advance(Duration.ofHours(25));
        jobs.sendAt(clock.instant());
        assertThat(line.pushesTo("Ustale")).isEmpty();
        assertThat(state(c.founder(), "REPORT_LATE")).isEqualTo("SKIPPED");
    }

    @Test
    void a_person_unlinks_on_the_profile_and_nothing_more_is_pushed() throws Exception {
        connect(c);
        link(c, c.successor(), "Usucc");
        companies.run(c.successor(), links::unlink);
        assertThat(companies.as(c.successor(), links::status).linked()).isFalse();
        notify(c.successor(), "BUDGET_REQUEST_WAITING");
        jobs.sendAt(clock.instant());
        assertThat(line.pushesTo("Usucc")).isEmpty();
    }

    @Test
    void each_enabled_kind_is_pushed_in_the_reader_s_language_with_a_button_to_its_page() throws Exception {
        connect(c);
        Person zh = c.founder();
        Person en = c.successor();
        companies.run(en, () -> people.updateMyProfile("Successor", "en"));
        link(c, zh, "Uzh");
        link(c, en, "Uen");
        companies.run(
                en,
                () -> settings.save(
                        EnumSet.complementOf(EnumSet.of(MailKind.REPORT_LATE)),
                        false,
                        java.time.LocalTime.of(22, 0),
                        java.time.LocalTime.of(8, 0)));
        for (MailKind kind : MailKind.values()) {
            String notificationKind =
                    kind.notificationKinds().stream().sorted().findFirst().orElseThrow();
            for (Person p : List.of(zh, en)) {
                notify(p, notificationKind);
            }
            jobs.sendAt(clock.instant());
            clock.advance(Duration.ofMinutes(1));
        }
        List<FakeLine.Request> toZh = line.pushesTo("Uzh");
        List<FakeLine.Request> toEn = line.pushesTo("Uen");
        assertThat(toZh).hasSize(MailKind.values().length);
        assertThat(toEn).hasSize(MailKind.values().length - 1);
        assertThat(toZh)
                .allSatisfy(r -> assertThat(r.body())
                        .contains("打開 Baton 查看")
                        .contains("https://baton.example/budget/requests/7")
                        .contains("\"type\":\"buttons\""));
        assertThat(toEn).allSatisfy(r -> assertThat(r.body()).contains("Open in Baton"));
        assertThat(toZh.getFirst().body()).contains("等您決定");
        assertThat(toEn.getFirst().body()).doesNotContain("等您決定").contains("waits for your decision");
        // each push has its own retry key
        assertThat(toZh.stream().map(r -> r.headers().get("x-line-retry-key")).distinct())
                .hasSize(toZh.size());
        assertThat(state(en, "REPORT_LATE")).isEqualTo("SKIPPED");
    }

    @Test
    void quiet_hours_hold_messages_until_morning() throws Exception {
        connect(c);
        link(c, c.founder(), "Uquiet");
        clock.set(Instant.parse("2026-11-18T15:00:00Z")); // 23:00 in Taipei
        notify(c.founder(), "BUDGET_REQUEST_WAITING");
        jobs.sendAt(clock.instant());
        clock.set(Instant.parse("2026-11-18T23:30:00Z")); // 07:30
        jobs.sendAt(clock.instant());
        assertThat(line.pushesTo("Uquiet")).isEmpty();
        clock.set(Instant.parse("2026-11-19T00:00:00Z")); // 08:00
        jobs.sendAt(clock.instant());
        assertThat(line.pushesTo("Uquiet")).hasSize(1);
        jobs.sendAt(clock.instant());
        assertThat(line.pushesTo("Uquiet")).hasSize(1);
    }

    @Test
    void the_digest_goes_once_a_day_when_the_quiet_hours_end() throws Exception {
        connect(c);
        link(c, c.founder(), "Udigest");
        companies.run(
                c.founder(),
                () -> settings.save(
                        EnumSet.allOf(MailKind.class),
                        true,
                        java.time.LocalTime.of(22, 0),
                        java.time.LocalTime.of(8, 0)));
        clock.set(Instant.parse("2026-11-18T10:00:00Z")); // 18:00
        notify(c.founder(), "BUDGET_REQUEST_WAITING");
        notify(c.founder(), "REPORT_SUBMITTED");
        jobs.sendAt(clock.instant());
        assertThat(line.pushesTo("Udigest")).isEmpty();
        clock.set(Instant.parse("2026-11-19T00:30:00Z")); // 08:30 next day
        jobs.sendAt(clock.instant());
        jobs.sendAt(clock.instant());
        assertThat(line.pushesTo("Udigest"))
                .singleElement()
                .satisfies(r ->
                        assertThat(r.body()).contains("今天有 2 件事").contains("https://baton.example/budget/requests/7"));
        notify(c.founder(), "REPORT_LATE");
        clock.advance(Duration.ofHours(3));
        jobs.sendAt(clock.instant());
        assertThat(line.pushesTo("Udigest")).hasSize(1);
        clock.advance(Duration.ofDays(1));
        jobs.sendAt(clock.instant());
        assertThat(line.pushesTo("Udigest")).hasSize(2);
    }

    @Test
    void a_429_is_retried_under_the_same_retry_key_and_5xx_later() throws Exception {
        connect(c);
        link(c, c.founder(), "Uretry");
        line.answerPushesWith(429, 200);
        notify(c.founder(), "BUDGET_REQUEST_WAITING");
        assertThat(jobs.sendAt(clock.instant())).isEqualTo(1);
        List<FakeLine.Request> tries = line.pushesTo("Uretry");
        assertThat(tries).hasSize(2);
        assertThat(tries.get(0).headers().get("x-line-retry-key"))
                .isNotBlank()
                .isEqualTo(tries.get(1).headers().get("x-line-retry-key"));

        line.answerPushesWith(500, 503, 502);
        notify(c.founder(), "REPORT_LATE");
        jobs.sendAt(clock.instant());
        assertThat(state(c.founder(), "REPORT_LATE")).isEqualTo("RETRY");
        clock.advance(Duration.ofMinutes(6));
        jobs.sendAt(clock.instant());
        assertThat(state(c.founder(), "REPORT_LATE")).isEqualTo("SENT");
        List<FakeLine.Request> all = line.pushesTo("Uretry");
        assertThat(all).hasSize(6);
        assertThat(all.subList(2, 6).stream()
                        .map(r -> r.headers().get("x-line-retry-key"))
                        .distinct())
                .hasSize(1);
    }

    @Test
    void a_person_who_blocked_the_account_is_unlinked_and_not_pushed_again() throws Exception {
        connect(c);
        link(c, c.founder(), "Ublocked");
        line.answerPushesWith(400);
        notify(c.founder(), "BUDGET_REQUEST_WAITING");
        jobs.sendAt(clock.instant());
        assertThat(state(c.founder(), "BUDGET_REQUEST_WAITING")).isEqualTo("UNREACHABLE");
        assertThat(companies.as(c.founder(), links::status).linked()).isFalse();
        notify(c.founder(), "REPORT_LATE");
        jobs.sendAt(clock.instant());
        assertThat(line.pushesTo("Ublocked")).hasSize(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where tenant_id = ? and action = 'LINE_UNREACHABLE'",
                        Long.class,
                        c.id()))
                .isEqualTo(1);
    }

    @Test
    void two_schedulers_at_once_push_each_item_once() throws Exception {
        connect(c);
        link(c, c.founder(), "Utwo");
        link(c, c.successor(), "Utwo2");
        for (int i = 0; i < 3; i++) {
            notify(c.founder(), "BUDGET_REQUEST_WAITING");
            notify(c.successor(), "REPORT_LATE");
        }
        Instant now = clock.instant();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return jobs.sendAt(now);
                }));
            }
            int pushed = runs.get(0).get(60, TimeUnit.SECONDS) + runs.get(1).get(60, TimeUnit.SECONDS);
            assertThat(pushed).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
        assertThat(line.pushesTo("Utwo")).hasSize(1);
        assertThat(line.pushesTo("Utwo2")).hasSize(1);
        assertThat(line.pushesTo("Utwo").getFirst().body().split("\"type\":\"buttons\"", -1))
                .hasSize(4);
        assertThat(jdbc.queryForObject(
                        "select count(*) from line_delivery where tenant_id = ? and state = 'SENT'",
                        Long.class,
                        c.id()))
                .isEqualTo(6);
    }

    @Test
    void when_the_month_s_quota_is_spent_items_go_by_e_mail() throws Exception {
        line.quota(1);
        connect(c);
        link(c, c.founder(), "Uquota");
        companies.run(c.founder(), () -> mailSettings.save(EnumSet.noneOf(MailKind.class), false));
        notify(c.founder(), "BUDGET_REQUEST_WAITING");
        jobs.sendAt(clock.instant());
        int before = smtp.getReceivedMessages().length;
        notify(c.founder(), "REPORT_LATE");
        jobs.sendAt(clock.instant());
        assertThat(line.pushesTo("Uquota")).hasSize(1);
        assertThat(state(c.founder(), "REPORT_LATE")).isEqualTo("MAILED");
        assertThat(smtp.waitForIncomingEmail(5000, before + 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[before];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(c.founder().email());
        assertThat(mail.getSubject()).contains("Meta 廣告");
        LineAccountService.Account account =
                companies.as(c.founder(), accounts::account).orElseThrow();
        assertThat(account.sentThisMonth()).isEqualTo(1);
        assertThat(account.quotaSpent()).isTrue();
    }

    @Test
    void another_company_sees_and_changes_nothing_of_this_one_s_line() throws Exception {
        connect(c);
        link(c, c.founder(), "Ushared");
        Company other = companies.create("line-other");
        assertThat(companies.as(other.founder(), accounts::account)).isEmpty();
        assertThat(companies.as(other.founder(), links::status).connected()).isFalse();
        assertThat(refusal(() -> companies.as(other.founder(), links::newCode))).isEqualTo("line.link.notConnected");
        companies.run(other.founder(), links::unlink);
        assertThat(companies.as(c.founder(), links::status).linked()).isTrue();
        // the other company connects its own account; the same LINE person links there separately
        connect(other);
        LineLinkService.Code theirs = companies.as(other.founder(), links::newCode);
        // a code of the other company sent to this company's account links nobody here
        post(c, message("Ushared", theirs.message()), secret);
        jobs.processWebhookAt(clock.instant());
        assertThat(companies.as(other.founder(), links::status).linked()).isFalse();
        // the other company's webhook does not take this company's signature
        assertThat(post(other, message("Ushared", theirs.message()), secret)).isEqualTo(401);
        // the other company disconnecting leaves this one's account and links alone
        companies.run(other.founder(), accounts::disconnect);
        assertThat(companies.as(c.founder(), accounts::account)).isPresent();
        assertThat(companies.as(c.founder(), links::status).linked()).isTrue();
        // nothing of this company's is pushed through the other's account
        notify(c.founder(), "BUDGET_REQUEST_WAITING");
        jobs.sendAt(clock.instant());
        assertThat(line.pushesTo("Ushared"))
                .singleElement()
                .satisfies(r -> assertThat(r.headers().get("authorization")).isEqualTo("Bearer " + token(c)));
    }

    // --- helpers

    private LineAccountService.Account connect(Company company) throws Exception {
        return companies.as(
                company.founder(), () -> accounts.connect("1234567890", secretFor(company), token(company)));
    }

    private void link(Company company, Person person, String lineUserId) throws Exception {
        LineLinkService.Code code = companies.as(person, links::newCode);
        assertThat(post(company, message(lineUserId, code.message()), secretFor(company)))
                .isEqualTo(200);
        jobs.processWebhookAt(clock.instant());
        assertThat(companies.as(person, links::status).linked()).isTrue();
    }

    private void notify(Person person, String kind) {
        writer.notify(
                person.membership().tenantId(),
                Set.of(person.userId()),
                null,
                kind,
                List.of("王大明", "Meta 廣告", "2026-11"),
                "budget/requests/7");
    }

    private String state(Person person, String kind) {
        return jdbc.queryForObject(
                "select d.state from line_delivery d join notification n on n.id = d.notification_id"
                        + " where d.tenant_id = ? and d.user_id = ? and n.kind = ? order by d.id desc limit 1",
                String.class,
                person.membership().tenantId(),
                person.userId(),
                kind);
    }

    private long queued() {
        Long n = jdbc.queryForObject("select count(*) from line_webhook_event where tenant_id = ?", Long.class, c.id());
        return n == null ? 0 : n;
    }

    private static String secretFor(Company company) {
        return String.format("%032x", company.id() * 7919L + 12345L);
    }

    private static String token(Company company) {
        return "token" + company.id() + "AAAAAAAAAAAAAAAAAAAAAAAA";
    }

    private String key(Company company) throws Exception {
        String url =
                companies.as(company.founder(), accounts::account).orElseThrow().webhookUrl();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private int post(Company company, String json, String signingSecret) throws Exception {
        return postRaw(key(company), json, FakeLine.sign(signingSecret, json));
    }

    /** What the webhook answers (its HTTP path, open to LINE, is walked in LineE2EIT). */
    private int postRaw(String key, String json, String signature) {
        return webhook.receive(key, signature, json.getBytes(StandardCharsets.UTF_8))
                .getStatusCode()
                .value();
    }

    private static String message(String lineUserId, String text) {
        return FakeLine.textMessageEvent(lineUserId, text);
    }

    private static String unfollow(String lineUserId) {
        return FakeLine.unfollowEvent(lineUserId);
    }

    private static String toFullWidth(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(ch -> out.append((char) ('０' + (ch - '0'))));
        return out.toString();
    }

    private static String refusal(java.util.concurrent.Callable<?> call) {
        try {
            call.call();
            return "none";
        } catch (DomainException e) {
            return e.messageKey();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
