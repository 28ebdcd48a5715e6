package app.baton.budgets;

import app.baton.budgets.BudgetEvents.ChannelAction;
import app.baton.budgets.internal.ChannelEntity;
import app.baton.budgets.internal.ChannelRepository;
import app.baton.security.CurrentUser;
import app.baton.shared.DomainException;
import app.baton.shared.events.AuditSentence;
import app.baton.shared.persistence.TransactionMemo;
import app.baton.shared.tenant.TenantContext;
import app.baton.shared.validation.CommandCheck;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company's marketing channels: a default list (shown in the reader's language, translated as
 * {@code channel.<CODE>}) that founders can extend, rename and archive. Archived channels keep their history but
 * take no new money.
 */
@Service
public class ChannelService {

    /** The default channels every company starts with, in display order. */
    public static final List<String> DEFAULT_CODES = List.of(
            "WEBSITE",
            "SEO",
            "GOOGLE_ADS",
            "META_ADS",
            "LINE",
            "CONTENT",
            "PR",
            "EVENTS",
            "EDM",
            "MARTECH",
            "STAFF",
            "GENERAL");

    private final ChannelRepository channels;
    private final CommandCheck commands;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    ChannelService(
            ChannelRepository channels,
            CommandCheck commands,
            CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.channels = channels;
        this.commands = commands;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** A channel as screens show it: a default one has a code and, once renamed, a name. */
    public record ChannelView(
            long id, @Nullable String code, @Nullable String name, boolean archived, ChannelKind kind) {

        /**
         * The key the channel is known by where channels of reports and sales are matched (claims, UTM and coupon
         * attribution): a default channel's code, or {@code #id} for a company's own.
         */
        public String key() {
            return code != null ? code : "#" + id;
        }
    }

    /** Every channel of the current company, archived ones included, in display order. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public List<ChannelView> channels() {
        List<ChannelView> all = stored();
        if (all.isEmpty()) {
            // a company's first look at its channels adds the defaults; afterwards one query, no count first
            ensureDefaults();
            return channels.findAllByOrderBySortOrderAscIdAsc().stream()
                    .map(ChannelService::view)
                    .toList();
        }
        return all;
    }

    /**
     * The company's channels as stored, read once per read-only transaction: the dashboard lists them and its claims
     * name theirs (issue 16, decision 017).
     */
    private List<ChannelView> stored() {
        return TransactionMemo.get(
                new Stored(currentUser.requireMembership().tenantId(), TenantContext.override()),
                () -> channels.findAllByOrderBySortOrderAscIdAsc().stream()
                        .map(ChannelService::view)
                        .toList());
    }

    /** The key of {@link #stored()}'s memo: which company. */
    private record Stored(long tenantId, @Nullable Long tenantOverride) {}

    /**
     * Only the named channels of the current company, e.g. an engagement's scope shown to its agency (which sees
     * nothing else of the budget).
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR','VENDOR')")
    @Transactional(readOnly = true)
    public List<ChannelView> channels(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (currentUser.requireMembership().role() == app.baton.security.MembershipRole.VENDOR) {
            // an agency's people read only the channels named, never the company's list
            return channels.findByIdIn(ids).stream().map(ChannelService::view).toList();
        }
        java.util.Set<Long> wanted = java.util.Set.copyOf(ids);
        return stored().stream().filter(c -> wanted.contains(c.id())).toList();
    }

    /** Adds a channel of the company's own. */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public ChannelView add(String name) {
        ensureDefaults();
        String clean = validName(name, null);
        int order = channels.findAllByOrderBySortOrderAscIdAsc().stream()
                        .mapToInt(ChannelEntity::sortOrder)
                        .max()
                        .orElse(0)
                + 1;
        ChannelEntity channel = channels.saveAndFlush(new ChannelEntity(null, clean, order));
        publish(ChannelAction.ADDED, channel, "→ " + clean);
        return view(channel);
    }

    /** Renames a channel (a default one then shows the new name in both languages). */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public ChannelView rename(long channelId, String name) {
        ChannelEntity channel = load(channelId);
        String clean = validName(name, channelId);
        String before = channel.name() != null ? channel.name() : channel.code();
        String beforeArg = sentenceArg(channel);
        channel.rename(clean);
        channels.saveAndFlush(channel);
        publish(
                ChannelAction.RENAMED,
                channel,
                before + " → " + clean,
                AuditSentence.of("channelRenamed", beforeArg, AuditSentence.text(clean)));
        return view(channel);
    }

    /**
     * Says what kind of marketing a channel is, for how long it takes to show its effect (the goal sheet's time to
     * impact): the meeting holds back "cut it" for a slow channel still inside its window, and a short experiment on
     * one is flagged.
     */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public ChannelView setKind(long channelId, ChannelKind kind) {
        ChannelEntity channel = load(channelId);
        ChannelKind before = channel.kind();
        channel.setKind(kind);
        channels.saveAndFlush(channel);
        publish(
                ChannelAction.KIND_SET,
                channel,
                label(channel) + ": " + before + " → " + kind,
                AuditSentence.of(
                        "channelKind",
                        sentenceArg(channel),
                        AuditSentence.label("channel.kind." + before.name()),
                        AuditSentence.label("channel.kind." + kind.name())));
        return view(channel);
    }

    /** Archives a channel: it stays in existing plans and history but takes no new money. */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public ChannelView archive(long channelId) {
        ChannelEntity channel = load(channelId);
        channel.archive();
        channels.saveAndFlush(channel);
        publish(ChannelAction.ARCHIVED, channel, label(channel));
        return view(channel);
    }

    /** Brings an archived channel back. */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public ChannelView restore(long channelId) {
        ChannelEntity channel = load(channelId);
        channel.restore();
        channels.saveAndFlush(channel);
        publish(ChannelAction.RESTORED, channel, label(channel));
        return view(channel);
    }

    /** The channel, refusing one that does not exist in this company or is archived. */
    ChannelEntity requireActive(long channelId) {
        ChannelEntity channel = load(channelId);
        if (channel.archived()) {
            throw new DomainException("budget.channel.archived");
        }
        return channel;
    }

    /** Creates the default channels the first time a company needs them. */
    void ensureDefaults() {
        if (channels.count() > 0) {
            return;
        }
        for (int i = 0; i < DEFAULT_CODES.size(); i++) {
            channels.save(new ChannelEntity(DEFAULT_CODES.get(i), null, i + 1));
        }
        channels.flush();
    }

    /** The label used in audit summaries: the name if renamed, else the default code. */
    static String label(ChannelEntity channel) {
        return channel.name() != null ? channel.name() : String.valueOf(channel.code());
    }

    /** A channel as an audit sentence names it: its own name, or the default channel's name in the reader's language. */
    static String sentenceArg(ChannelEntity channel) {
        return channel.name() != null
                ? AuditSentence.text(channel.name())
                : AuditSentence.label("channel." + channel.code());
    }

    /** The same for a channel known by id (one that is gone is named by its id). */
    String sentenceArg(@Nullable Long channelId) {
        if (channelId == null) {
            return AuditSentence.text("");
        }
        return channels.findById(channelId)
                .map(ChannelService::sentenceArg)
                .orElse(AuditSentence.text("#" + channelId));
    }

    private ChannelEntity load(long channelId) {
        return channels.findById(channelId).orElseThrow(() -> new DomainException("budget.channel.notFound"));
    }

    private String validName(String name, @Nullable Long except) {
        String clean = commands.check(new ChannelName(name.strip())).name();
        boolean taken = channels.findAllByOrderBySortOrderAscIdAsc().stream()
                .filter(c -> except == null || c.id() != except)
                .anyMatch(c ->
                        c.name() != null && c.name().toLowerCase(Locale.ROOT).equals(clean.toLowerCase(Locale.ROOT)));
        if (taken) {
            throw new DomainException("budget.channel.duplicate");
        }
        return clean;
    }

    private void publish(ChannelAction action, ChannelEntity channel, String summary) {
        publish(action, channel, summary, AuditSentence.of("channel", sentenceArg(channel)));
    }

    private void publish(ChannelAction action, ChannelEntity channel, String summary, AuditSentence sentence) {
        Actor actor = Actor.of(currentUser);
        events.publishEvent(new BudgetEvents.ChannelChanged(
                actor.tenantId(), actor.userId(), actor.roleName(), action, channel.id(), summary, sentence));
    }

    private static ChannelView view(ChannelEntity channel) {
        return new ChannelView(channel.id(), channel.code(), channel.name(), channel.archived(), channel.kind());
    }
}
