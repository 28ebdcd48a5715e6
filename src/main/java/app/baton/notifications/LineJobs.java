package app.baton.notifications;

import app.baton.notifications.internal.LinePreferenceEntity;
import app.baton.notifications.internal.LinePreferenceRepository;
import app.baton.notifications.internal.MailPreferenceRepository;
import app.baton.notifications.internal.NotificationEntity;
import app.baton.notifications.internal.NotificationRepository;
import app.baton.security.AccountDirectory;
import app.baton.security.AccountSummary;
import app.baton.shared.i18n.Messages;
import app.baton.shared.secrets.SecretBox;
import com.linecorp.bot.messaging.model.ButtonsTemplate;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.TemplateMessage;
import com.linecorp.bot.messaging.model.TextMessage;
import com.linecorp.bot.messaging.model.URIAction;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Pushes notifications to LINE (decision 022), from the mail-items job: for each linked person of a connected
 * company, the kinds they want, right away or as one morning digest, never during their quiet hours (those wait until
 * the hours end). Each notification is claimed before its push, once per person, kind and item (see {@link
 * LineStore}); LINE's 429 and 5xx are retried with back-off under the same retry key; an unreachable person (blocked
 * the account) is unlinked; a refused token stops the company's pushes until a founder enters a new one; when the
 * plan's monthly quota is spent, the item is mailed instead. Also works the webhook's queue: linking codes and
 * unfollows.
 */
@Component
class LineJobs {

    private static final Logger log = LoggerFactory.getLogger(LineJobs.class);
    /** LINE takes at most five messages in one push. */
    static final int MAX_MESSAGES = 5;

    static final int MAX_ATTEMPTS = 6;
    static final int IN_RUN_TRIES = 3;

    private final LineStore store;
    private final LineApi api;
    private final SecretBox secrets;
    private final NotificationRepository notifications;
    private final LinePreferenceRepository preferences;
    private final MailPreferenceRepository mailPreferences;
    private final AccountDirectory accounts;
    private final NotificationTexts texts;
    private final MailJobs mail;
    private final ApplicationEventPublisher events;
    private final app.baton.shared.tenant.TenantTransactions transactions;
    private final Clock clock;
    private final ZoneId zone;
    private final Duration backoff;

    LineJobs(
            LineStore store,
            LineApi api,
            SecretBox secrets,
            NotificationRepository notifications,
            LinePreferenceRepository preferences,
            MailPreferenceRepository mailPreferences,
            AccountDirectory accounts,
            NotificationTexts texts,
            MailJobs mail,
            ApplicationEventPublisher events,
            app.baton.shared.tenant.TenantTransactions transactions,
            Clock clock,
            @Value("${baton.line.zone}") String zone,
            @Value("${baton.line.retry-backoff}") Duration backoff) {
        this.store = store;
        this.api = api;
        this.secrets = secrets;
        this.notifications = notifications;
        this.preferences = preferences;
        this.mailPreferences = mailPreferences;
        this.accounts = accounts;
        this.texts = texts;
        this.mail = mail;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
        this.backoff = backoff;
    }

    /** The webhook's queue, every few seconds (the webhook also starts it at once when it queues something). */
    @Scheduled(fixedDelayString = "${baton.line.webhook-every:PT10S}", initialDelayString = "PT20S")
    @SchedulerLock(name = "line-webhook", lockAtMostFor = "PT2M")
    public void processWebhook() {
        processWebhookAt(clock.instant());
    }

    /** What one person's items came to in a run. */
    private record Batch(LineStore.Channel channel, long userId, String lineUserId, List<NotificationEntity> items) {}

    /** Pushes what is due at {@code now}; returns how many pushes LINE accepted. */
    int sendAt(Instant now) {
        Map<Long, LineStore.Channel> channels = store.channels();
        if (channels.isEmpty()) {
            return 0;
        }
        store.forgetFormerMembers();
        int sent = retry(now, channels);
        List<LineStore.Pending> pending = store.pending(now.minus(MailJobs.DIGEST_WINDOW), MailKind.mailable());
        if (pending.isEmpty()) {
            return sent;
        }
        Map<Long, NotificationEntity> byId = transactions
                .readInSystem(() -> notifications.findAllById(
                        pending.stream().map(LineStore.Pending::notificationId).toList()))
                .stream()
                .collect(Collectors.toMap(NotificationEntity::id, Function.identity()));
        List<Long> users =
                pending.stream().map(LineStore.Pending::userId).distinct().toList();
        Map<Long, LinePreferenceEntity> prefs = transactions.readInSystem(() -> preferences.findAllById(users)).stream()
                .collect(Collectors.toMap(LinePreferenceEntity::userId, Function.identity()));
        Map<Long, AccountSummary> people =
                accounts.byIds(users).stream().collect(Collectors.toMap(AccountSummary::userId, Function.identity()));
        Map<String, List<LineStore.Pending>> byPerson = new LinkedHashMap<>();
        pending.forEach(p -> byPerson.computeIfAbsent(p.tenantId() + "/" + p.userId(), k -> new ArrayList<>())
                .add(p));
        LocalDateTime local = LocalDateTime.ofInstant(now, zone);
        for (List<LineStore.Pending> mine : byPerson.values()) {
            LineStore.Pending first = mine.getFirst();
            LineStore.Channel channel = channels.get(first.tenantId());
            AccountSummary person = people.get(first.userId());
            if (channel == null || person == null) {
                continue;
            }
            LineSettingsService.Settings settings = Optional.ofNullable(prefs.get(first.userId()))
                    .map(LineSettingsService::view)
                    .orElse(new LineSettingsService.Settings(
                            java.util.EnumSet.allOf(MailKind.class),
                            false,
                            LinePreferenceEntity.QUIET_FROM,
                            LinePreferenceEntity.QUIET_UNTIL));
            if (LineSettingsService.quiet(local.toLocalTime(), settings.quietFrom(), settings.quietUntil())) {
                continue; // they wait until the quiet hours end
            }
            List<NotificationEntity> wanted = new ArrayList<>();
            List<Long> unwanted = new ArrayList<>();
            for (LineStore.Pending p : mine) {
                NotificationEntity n = byId.get(p.notificationId());
                if (n == null) {
                    continue;
                }
                if (settings.enabled().contains(MailKind.of(n.kind()).orElseThrow())) {
                    wanted.add(n);
                } else {
                    unwanted.add(n.id());
                }
            }
            if (!unwanted.isEmpty()) {
                store.claim(first.tenantId(), first.userId(), unwanted, UUID.randomUUID(), LineStore.SKIPPED, now);
            }
            if (settings.digest()) {
                LocalTime digestAt = settings.quietFrom().equals(settings.quietUntil())
                        ? LinePreferenceEntity.QUIET_UNTIL
                        : settings.quietUntil();
                // one digest a day once the quiet hours end, of what came before then; later items wait a day
                Instant cutoff =
                        local.toLocalDate().atTime(digestAt).atZone(zone).toInstant();
                List<NotificationEntity> due = wanted.stream()
                        .filter(n -> n.createdAt().isBefore(cutoff))
                        .toList();
                if (due.isEmpty()
                        || local.toLocalTime().isBefore(digestAt)
                        || local.toLocalDate().equals(first.lastDigestOn())) {
                    continue;
                }
                if (deliver(new Batch(channel, first.userId(), first.lineUserId(), due), person, now, true)) {
                    store.digested(first.tenantId(), first.userId(), local.toLocalDate());
                    sent++;
                }
            } else {
                List<NotificationEntity> recent = wanted.stream()
                        .filter(n -> n.createdAt().isAfter(now.minus(MailJobs.RECENT)))
                        .toList();
                List<Long> stale = wanted.stream()
                        .filter(n -> !recent.contains(n))
                        .map(NotificationEntity::id)
                        .toList();
                if (!stale.isEmpty()) {
                    // older than a day (a long stop): not pushed one by one, as for e-mail, and not read again
                    store.claim(first.tenantId(), first.userId(), stale, UUID.randomUUID(), LineStore.SKIPPED, now);
                }
                if (!recent.isEmpty()
                        && deliver(
                                new Batch(channel, first.userId(), first.lineUserId(), recent), person, now, false)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    /** Claims the batch, then pushes it, mails it instead (quota spent) or records why not; true when LINE took it. */
    private boolean deliver(Batch batch, AccountSummary person, Instant now, boolean digest) {
        long tenant = batch.channel().tenantId();
        List<Long> ids = batch.items().stream().map(NotificationEntity::id).toList();
        UUID key = UUID.randomUUID();
        String month = YearMonth.from(LocalDateTime.ofInstant(now, zone)).toString();
        Long quota = batch.channel().planQuota();
        if (quota != null && store.sentIn(tenant, month) >= quota) {
            if (store.claim(tenant, batch.userId(), ids, key, LineStore.MAILED, now)) {
                mailInstead(batch, person);
            }
            return false;
        }
        if (!store.claim(tenant, batch.userId(), ids, key, LineStore.SENDING, now)) {
            return false; // another run has them
        }
        List<Message> messages = messages(batch, person, digest);
        return push(batch.channel(), batch.userId(), batch.lineUserId(), key, messages, 0, now);
    }

    /** Pushes with back-off in this run; what LINE answered decides the rows' state. */
    private boolean push(
            LineStore.Channel channel,
            long userId,
            String lineUserId,
            UUID key,
            List<Message> messages,
            int attemptsBefore,
            Instant now) {
        long tenant = channel.tenantId();
        String token = secrets.open(channel.tokenSealed());
        LineApi.Outcome outcome = LineApi.Outcome.RETRY;
        for (int i = 0; i < IN_RUN_TRIES; i++) {
            outcome = api.push(token, lineUserId, key, messages);
            if (outcome != LineApi.Outcome.RETRY) {
                break;
            }
            if (i + 1 < IN_RUN_TRIES) {
                pause(backoff.multipliedBy(1L << i));
            }
        }
        String month = YearMonth.from(LocalDateTime.ofInstant(now, zone)).toString();
        switch (outcome) {
            case SENT -> {
                store.sent(tenant, key, now, month);
                return true;
            }
            case RETRY -> {
                int attempts = attemptsBefore + 1;
                if (attempts >= MAX_ATTEMPTS) {
                    store.state(tenant, key, LineStore.FAILED, null);
                    log.warn(
                            "LINE push {} for user {} of company {} failed {} times; given up",
                            key,
                            userId,
                            tenant,
                            attempts);
                } else {
                    store.state(tenant, key, LineStore.RETRY, now.plus(Duration.ofMinutes(5L << (attempts - 1))));
                    log.info("LINE push {} for user {} of company {} will be retried", key, userId, tenant);
                }
            }
            case UNREACHABLE -> {
                store.state(tenant, key, LineStore.UNREACHABLE, null);
                store.unlinkUser(tenant, userId);
                log.info("LINE cannot reach user {} of company {} (blocked?): unlinked", userId, tenant);
                events.publishEvent(new LineEvents.LineChanged(
                        tenant, null, null, LineEvents.LineAction.UNREACHABLE, userId, "#" + userId));
            }
            case REJECTED -> {
                store.release(tenant, key);
                store.rejected(tenant, now);
                log.warn(
                        "LINE refused the access token of company {}: its pushes stop until a founder enters a new one",
                        tenant);
            }
        }
        return false;
    }

    /** Pushes LINE asked to try again, and those a stopped run left claimed, under their first retry key. */
    private int retry(Instant now, Map<Long, LineStore.Channel> channels) {
        int sent = 0;
        for (LineStore.Retry r : store.retries(now)) {
            LineStore.Channel channel = channels.get(r.tenantId());
            Optional<AccountSummary> person = accounts.byId(r.userId());
            Optional<String> lineUser = store.lineUserOf(r.tenantId(), r.userId());
            if (channel == null || person.isEmpty() || lineUser.isEmpty()) {
                store.state(r.tenantId(), r.retryKey(), LineStore.FAILED, null);
                continue;
            }
            List<NotificationEntity> items =
                    transactions.readInSystem(() -> notifications.findAllById(r.notificationIds()));
            Batch batch = new Batch(channel, r.userId(), lineUser.get(), items);
            boolean digest = transactions
                    .readInSystem(() -> preferences.findById(r.userId()))
                    .map(LinePreferenceEntity::digest)
                    .orElse(false);
            List<Message> messages = messages(batch, person.get(), digest);
            if (push(channel, r.userId(), lineUser.get(), r.retryKey(), messages, r.attempts(), now)) {
                sent++;
            }
        }
        return sent;
    }

    /** The quota is spent: each item goes by e-mail, unless the person's e-mail settings send that kind anyway. */
    private void mailInstead(Batch batch, AccountSummary person) {
        Set<MailKind> mailOff = transactions
                .readInSystem(() -> mailPreferences.findById(batch.userId()))
                .map(MailSettingsService::disabled)
                .orElse(java.util.EnumSet.noneOf(MailKind.class));
        for (NotificationEntity n : batch.items()) {
            if (mailOff.contains(MailKind.of(n.kind()).orElseThrow())) {
                mail.mailItem(n, person, batch.channel().companyName());
            }
        }
    }

    /** Up to five messages: one card per item with a button to its page, or the digest's list. */
    private List<Message> messages(Batch batch, AccountSummary person, boolean digest) {
        Locale locale = Messages.supported(person.languageTag());
        String company = batch.channel().companyName();
        List<NotificationEntity> items = batch.items();
        if (digest) {
            StringBuilder list = new StringBuilder(texts.message("line.digest.title", locale, company, items.size()));
            for (NotificationEntity n : items) {
                list.append("\n\n• ").append(texts.text(n, locale)).append("\n").append(texts.link(n));
            }
            return List.of(new TextMessage(NotificationTexts.clip(list.toString(), 4900)));
        }
        List<Message> messages = new ArrayList<>();
        boolean more = items.size() > MAX_MESSAGES;
        List<NotificationEntity> shown = more ? items.subList(0, MAX_MESSAGES - 1) : items;
        for (NotificationEntity n : shown) {
            String text = texts.text(n, locale);
            messages.add(new TemplateMessage(
                    NotificationTexts.clip("[" + company + "] " + text, 400),
                    new ButtonsTemplate(
                            null,
                            null,
                            null,
                            null,
                            null,
                            NotificationTexts.clip(company + "\n" + text, 160),
                            null,
                            List.of(new URIAction(
                                    texts.message("line.open", locale), URI.create(texts.link(n)), null)))));
        }
        if (more) {
            messages.add(new TextMessage(
                    texts.message("line.more", locale, items.size() - shown.size(), texts.page("notifications"))));
        }
        return messages;
    }

    /** Works the webhook's queue: links a person who sent their code, unlinks a LINE user who blocked the account. */
    int processWebhookAt(Instant now) {
        List<LineStore.QueuedEvent> taken = store.take(now);
        if (taken.isEmpty()) {
            return 0;
        }
        Map<Long, LineStore.Channel> channels = store.channels();
        for (LineStore.QueuedEvent e : taken) {
            LineStore.Channel channel = channels.get(e.tenantId());
            if ("UNLINK".equals(e.kind())) {
                store.unlinkLineUser(e.tenantId(), e.lineUserId())
                        .ifPresent(user -> events.publishEvent(new LineEvents.LineChanged(
                                e.tenantId(),
                                null,
                                null,
                                LineEvents.LineAction.UNLINKED,
                                user,
                                "#" + user + " (blocked in LINE)")));
            } else if ("LINK".equals(e.kind()) && e.code() != null && channel != null) {
                link(e, channel, now);
            }
            store.done(e);
        }
        return taken.size();
    }

    private void link(LineStore.QueuedEvent e, LineStore.Channel channel, Instant now) {
        Optional<Long> user = store.userForCode(e.tenantId(), LineLinkService.hash(e.tenantId(), e.code()), now);
        Optional<AccountSummary> person = user.flatMap(accounts::byId);
        String reply;
        if (user.isPresent() && person.isPresent()) {
            store.link(e.tenantId(), user.get(), e.lineUserId(), now);
            events.publishEvent(new LineEvents.LineChanged(
                    e.tenantId(), user.get(), null, LineEvents.LineAction.LINKED, user.get(), "#" + user.get()));
            reply = texts.message(
                    "line.linked.reply",
                    Messages.supported(person.get().languageTag()),
                    person.get().displayName(),
                    channel.companyName());
        } else {
            // who sent it is not known: both languages
            reply = texts.message("line.badCode.reply", Messages.supported("zh-TW")) + "\n"
                    + texts.message("line.badCode.reply", Locale.ENGLISH);
        }
        if (e.replyToken() != null) {
            api.reply(secrets.open(channel.tokenSealed()), e.replyToken(), reply);
        }
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
