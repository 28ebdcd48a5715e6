package app.baton.notifications;

import app.baton.notifications.internal.MailPreferenceEntity;
import app.baton.notifications.internal.MailPreferenceRepository;
import app.baton.notifications.internal.NotificationEntity;
import app.baton.notifications.internal.NotificationRepository;
import app.baton.security.AccountDirectory;
import app.baton.security.AccountSummary;
import app.baton.shared.i18n.Messages;
import app.baton.shared.mail.Mailer;
import app.baton.shared.tenant.TenantTransactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Mails the notifications that need people (see {@link MailKind}), in each person's language: every minute, one
 * mail per new item for those who want them right away; once a day, one digest for those who chose it. A
 * notification is marked when handled (mailed, or skipped because its kind is turned off), so running a job twice,
 * or on two replicas (ShedLock), mails nothing twice. Items older than a day are not mailed one by one (a restart
 * after a long stop does not flood people).
 */
@Component
class MailJobs {

    private static final Logger log = LoggerFactory.getLogger(MailJobs.class);
    static final Duration RECENT = Duration.ofDays(1);
    static final Duration DIGEST_WINDOW = Duration.ofDays(2);

    private final NotificationRepository notifications;
    private final MailPreferenceRepository preferences;
    private final AccountDirectory accounts;
    private final TenantTransactions transactions;
    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final Mailer mailer;
    private final Clock clock;
    private final app.baton.shared.web.BaseUrl baseUrl;
    private final NotificationTexts texts;
    private final LineJobs line;

    MailJobs(
            NotificationRepository notifications,
            MailPreferenceRepository preferences,
            AccountDirectory accounts,
            TenantTransactions transactions,
            JdbcTemplate jdbc,
            MessageSource messages,
            Mailer mailer,
            Clock clock,
            app.baton.shared.web.BaseUrl baseUrl,
            NotificationTexts texts,
            @org.springframework.context.annotation.Lazy LineJobs line) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.accounts = accounts;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.messages = messages;
        this.mailer = mailer;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.texts = texts;
        this.line = line;
    }

    @Scheduled(fixedDelayString = "${baton.mail.send-every:PT1M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "mail-items", lockAtMostFor = "PT5M", lockAtLeastFor = "PT10S")
    public void sendItems() {
        Instant now = clock.instant();
        sendItemsAt(now);
        // LINE goes out from the same job (decision 022): the same lock, so one replica at a time
        line.sendAt(now);
    }

    @Scheduled(cron = "${baton.mail.digest-cron:0 30 7 * * *}", zone = "${baton.mail.digest-zone:Asia/Taipei}")
    @SchedulerLock(name = "mail-digest", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void sendDigests() {
        sendDigestsAt(clock.instant());
    }

    /** Mails each new item to those who want items right away; returns how many mails were sent. */
    int sendItemsAt(Instant now) {
        return transactions.inSystem(() -> {
            List<NotificationEntity> pending =
                    notifications.findByMailedAtIsNullAndKindInAndCreatedAtAfterOrderByCreatedAtAscIdAsc(
                            MailKind.mailable(), now.minus(RECENT));
            if (pending.isEmpty()) {
                return 0;
            }
            Context context = context(pending);
            int sent = 0;
            for (NotificationEntity n : pending) {
                MailPreferenceEntity pref = context.preferences.get(n.userId());
                MailKind kind = MailKind.of(n.kind()).orElseThrow();
                if (pref != null && MailSettingsService.disabled(pref).contains(kind)) {
                    n.markMailed(now);
                    continue;
                }
                if (pref != null && pref.digest()) {
                    continue;
                }
                AccountSummary to = context.accounts.get(n.userId());
                if (to == null) {
                    n.markMailed(now);
                    continue;
                }
                if (mailItem(n, to, context.companies.getOrDefault(n.tenantId(), ""))) {
                    n.markMailed(now);
                    sent++;
                }
            }
            notifications.saveAll(pending);
            return sent;
        });
    }

    /** Mails one item to one person in their language; false when the mail could not be sent (logged). */
    boolean mailItem(NotificationEntity n, AccountSummary to, String company) {
        Locale locale = Messages.supported(to.languageTag());
        String text = text(n, locale);
        try {
            mailer.send(
                    to.email(),
                    NotificationTexts.clip("[Baton · " + company + "] " + text, 180),
                    messages.getMessage(
                            "mail.item.body",
                            new Object[] {to.displayName(), company, text, link(n), baseUrl.get() + "profile"},
                            locale));
            return true;
        } catch (MailException e) {
            log.warn("Could not mail notification {} to user {}; will try again", n.id(), n.userId(), e);
            return false;
        }
    }

    /** Mails one digest to each person who chose it and has unmailed items; returns how many digests were sent. */
    int sendDigestsAt(Instant now) {
        return transactions.inSystem(() -> {
            Map<Long, MailPreferenceEntity> digesters = preferences.findByDigestTrue().stream()
                    .collect(Collectors.toMap(MailPreferenceEntity::userId, Function.identity()));
            if (digesters.isEmpty()) {
                return 0;
            }
            List<NotificationEntity> pending = notifications
                    .findByMailedAtIsNullAndKindInAndCreatedAtAfterOrderByCreatedAtAscIdAsc(
                            MailKind.mailable(), now.minus(DIGEST_WINDOW))
                    .stream()
                    .filter(n -> digesters.containsKey(n.userId()))
                    .toList();
            Map<Long, List<NotificationEntity>> byUser = new LinkedHashMap<>();
            pending.forEach(n ->
                    byUser.computeIfAbsent(n.userId(), k -> new ArrayList<>()).add(n));
            Context context = context(pending);
            int sent = 0;
            for (Map.Entry<Long, List<NotificationEntity>> entry : byUser.entrySet()) {
                MailPreferenceEntity pref = digesters.get(entry.getKey());
                Set<MailKind> off = MailSettingsService.disabled(pref);
                List<NotificationEntity> items = new ArrayList<>();
                for (NotificationEntity n : entry.getValue()) {
                    if (off.contains(MailKind.of(n.kind()).orElseThrow())) {
                        n.markMailed(now);
                    } else {
                        items.add(n);
                    }
                }
                AccountSummary to = context.accounts.get(entry.getKey());
                if (items.isEmpty() || to == null) {
                    continue;
                }
                Locale locale = Messages.supported(to.languageTag());
                StringBuilder list = new StringBuilder();
                for (NotificationEntity n : items) {
                    list.append("• [")
                            .append(context.companies.getOrDefault(n.tenantId(), ""))
                            .append("] ")
                            .append(text(n, locale))
                            .append("\n  ")
                            .append(link(n))
                            .append("\n");
                }
                try {
                    mailer.send(
                            to.email(),
                            messages.getMessage("mail.digest.subject", new Object[] {items.size()}, locale),
                            messages.getMessage(
                                    "mail.digest.body",
                                    new Object[] {to.displayName(), list.toString(), baseUrl.get() + "profile"},
                                    locale));
                    items.forEach(n -> n.markMailed(now));
                    pref.digested(now);
                    sent++;
                } catch (MailException e) {
                    log.warn("Could not mail the digest to user {}; will try again", entry.getKey(), e);
                }
            }
            notifications.saveAll(pending);
            preferences.saveAll(digesters.values());
            return sent;
        });
    }

    private record Context(
            Map<Long, MailPreferenceEntity> preferences,
            Map<Long, AccountSummary> accounts,
            Map<Long, String> companies) {}

    private Context context(List<NotificationEntity> pending) {
        List<Long> users =
                pending.stream().map(NotificationEntity::userId).distinct().toList();
        Map<Long, MailPreferenceEntity> prefs = preferences.findAllById(users).stream()
                .collect(Collectors.toMap(MailPreferenceEntity::userId, Function.identity()));
        Map<Long, AccountSummary> people =
                accounts.byIds(users).stream().collect(Collectors.toMap(AccountSummary::userId, Function.identity()));
        Map<Long, String> companies = new HashMap<>();
        jdbc.query("select id, name from tenant", rs -> {
            companies.put(rs.getLong(1), rs.getString(2));
        });
        return new Context(prefs, people, companies);
    }

    private String text(NotificationEntity n, Locale locale) {
        return texts.text(n, locale);
    }

    private String link(NotificationEntity n) {
        return texts.link(n);
    }
}
