package app.baton.notifications;

import app.baton.notifications.internal.LineChannelEntity;
import app.baton.notifications.internal.LineChannelRepository;
import app.baton.notifications.internal.LineLinkRepository;
import app.baton.security.AccountDirectory;
import app.baton.security.AccountSummary;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.shared.DomainException;
import app.baton.shared.Tokens;
import app.baton.shared.i18n.Messages;
import app.baton.shared.secrets.SecretBox;
import app.baton.shared.web.BaseUrl;
import com.linecorp.bot.messaging.model.TextMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's LINE Official Account, which only a founder connects (decision 022): the channel ID, secret and access
 * token are checked with LINE, sealed and never shown again; entering them again rotates them. The founder sees the
 * webhook address to give LINE, the messages Baton pushed this month beside the plan's quota, and can send
 * themselves a test message.
 */
@Service
public class LineAccountService {

    private static final Pattern CHANNEL_ID = Pattern.compile("\\d{6,20}");
    private static final Pattern SECRET = Pattern.compile("[0-9a-fA-F]{32}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9+/=._-]{20,1000}");

    private final LineChannelRepository channels;
    private final LineLinkRepository links;
    private final LineApi api;
    private final SecretBox secrets;
    private final CurrentUser currentUser;
    private final AccountDirectory accounts;
    private final LineStore store;
    private final BaseUrl baseUrl;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    LineAccountService(
            LineChannelRepository channels,
            LineLinkRepository links,
            LineApi api,
            SecretBox secrets,
            CurrentUser currentUser,
            AccountDirectory accounts,
            LineStore store,
            BaseUrl baseUrl,
            MessageSource messages,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${baton.line.zone}") String zone) {
        this.channels = channels;
        this.links = links;
        this.api = api;
        this.secrets = secrets;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.store = store;
        this.baseUrl = baseUrl;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    /**
     * The connected account as a founder sees it (never a secret).
     *
     * @param sentThisMonth pushes Baton made this month (LINE counts one per person per push)
     * @param planQuota the plan's monthly limit; null: the plan has none
     * @param rejectedAt when LINE last refused the token; null: not since it was saved
     */
    public record Account(
            String channelId,
            String basicId,
            String displayName,
            String webhookUrl,
            Instant savedAt,
            String savedBy,
            long sentThisMonth,
            @Nullable Long planQuota,
            @Nullable Instant rejectedAt,
            long linkedPeople) {

        public boolean quotaSpent() {
            return planQuota != null && sentThisMonth >= planQuota;
        }
    }

    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional(readOnly = true)
    public Optional<Account> account() {
        long tenant = currentUser.requireMembership().tenantId();
        return channels.findFirstByOrderByIdAsc().map(c -> view(tenant, c));
    }

    /** Connects the account, or replaces its secret and token; LINE must accept the token first. */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public Account connect(String channelId, String channelSecret, String accessToken) {
        MembershipInfo me = currentUser.requireMembership();
        String id = channelId.strip();
        String secret = channelSecret.strip();
        String token = accessToken.strip();
        if (!CHANNEL_ID.matcher(id).matches()) {
            throw new DomainException("line.account.badChannelId");
        }
        if (!SECRET.matcher(secret).matches()) {
            throw new DomainException("line.account.badSecret");
        }
        if (!TOKEN.matcher(token).matches()) {
            throw new DomainException("line.account.badToken");
        }
        LineApi.BotInfo info;
        @Nullable Long quota;
        try {
            info = api.botInfo(token);
            quota = api.quota(token);
        } catch (LineApi.Refused e) {
            throw new DomainException(
                    e.status() == 401 || e.status() == 403 ? "line.account.tokenRefused" : "line.account.unreachable");
        }
        Instant now = clock.instant();
        LineChannelEntity channel =
                channels.findFirstByOrderByIdAsc().orElseGet(() -> new LineChannelEntity(Tokens.randomSecret(24)));
        boolean rotated = channel.savedByUserId() != 0;
        channel.save(
                id, secrets.seal(secret), secrets.seal(token), info.basicId(), info.displayName(), me.userId(), now);
        channel.quota(quota, now);
        LineChannelEntity saved = channels.saveAndFlush(channel);
        events.publishEvent(new LineEvents.LineChanged(
                me.tenantId(),
                me.userId(),
                me.role().name(),
                LineEvents.LineAction.CONNECTED,
                saved.id(),
                "channel " + id + " " + info.basicId() + (rotated ? " (secret and token replaced)" : "")));
        return view(me.tenantId(), saved);
    }

    /** Disconnects the account: its secrets and every person's link in this company are deleted. */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public void disconnect() {
        MembershipInfo me = currentUser.requireMembership();
        LineChannelEntity channel =
                channels.findFirstByOrderByIdAsc().orElseThrow(() -> new DomainException("line.account.none"));
        links.deleteAllInBatch(links.findAll());
        channels.delete(channel);
        events.publishEvent(new LineEvents.LineChanged(
                me.tenantId(),
                me.userId(),
                me.role().name(),
                LineEvents.LineAction.DISCONNECTED,
                channel.id(),
                "channel " + channel.channelId()));
    }

    /** Pushes a test message to the founder's own linked LINE; true when LINE accepted it. */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public boolean sendTest() {
        MembershipInfo me = currentUser.requireMembership();
        LineChannelEntity channel =
                channels.findFirstByOrderByIdAsc().orElseThrow(() -> new DomainException("line.account.none"));
        String to = links.findByUserId(me.userId())
                .orElseThrow(() -> new DomainException("line.account.testNotLinked"))
                .lineUserId();
        AccountSummary person = accounts.byId(me.userId()).orElseThrow();
        String text = messages.getMessage(
                "line.test.message",
                new Object[] {person.displayName(), me.tenantName()},
                Messages.supported(person.languageTag()));
        String token = secrets.open(channel.tokenSealed());
        LineApi.Outcome outcome = api.push(token, to, UUID.randomUUID(), List.of(new TextMessage(text)));
        if (outcome == LineApi.Outcome.SENT) {
            try {
                channel.quota(api.quota(token), clock.instant());
            } catch (LineApi.Refused e) {
                // the quota stays as last read
            }
        }
        return outcome == LineApi.Outcome.SENT;
    }

    private Account view(long tenant, LineChannelEntity c) {
        long sent = store.sentIn(tenant, YearMonth.now(clock.withZone(zone)).toString());
        long linked = store.linkedPeople(tenant);
        return new Account(
                c.channelId(),
                c.basicId(),
                c.displayName(),
                baseUrl.get() + "line/webhook/" + c.webhookKey(),
                c.savedAt(),
                accounts.byId(c.savedByUserId())
                        .map(AccountSummary::displayName)
                        .orElse(""),
                sent,
                c.planQuota(),
                c.rejectedAt(),
                linked);
    }
}
