package app.baton.notifications;

import app.baton.shared.tenant.TenantTransactions;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The LINE rows the jobs and the webhook read and write across companies (decision 022), each statement naming its
 * company's {@code tenant_id}: the accounts, the webhook's queue, the links, and the delivery of each notification.
 * A delivery row is written (claimed) in its own transaction before the push, under a unique key per notification,
 * so two runs or two replicas never push one notification twice; its retry key makes LINE itself drop a repeated
 * push.
 */
@Component
class LineStore {

    static final String SENDING = "SENDING";
    static final String SENT = "SENT";
    static final String RETRY = "RETRY";
    static final String FAILED = "FAILED";
    static final String SKIPPED = "SKIPPED";
    static final String MAILED = "MAILED";
    static final String UNREACHABLE = "UNREACHABLE";

    private final JdbcTemplate jdbc;
    private final TenantTransactions transactions;

    LineStore(JdbcTemplate jdbc, TenantTransactions transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** A connected account as the jobs need it. */
    record Channel(
            long tenantId,
            String companyName,
            String secretSealed,
            String tokenSealed,
            @Nullable Long planQuota,
            boolean rejected) {}

    /** The account a webhook address belongs to. */
    Optional<Channel> byWebhookKey(String key) {
        return jdbc
                .query(
                        "select c.tenant_id, t.name, c.secret_enc, c.token_enc, c.plan_quota, c.rejected_at"
                                + " from line_channel c join tenant t on t.id = c.tenant_id where c.webhook_key = ?",
                        (rs, i) -> channel(rs),
                        key)
                .stream()
                .findFirst();
    }

    /** Every connected account whose token LINE has not refused, by company. */
    Map<Long, Channel> channels() {
        Map<Long, Channel> all = new HashMap<>();
        jdbc.query(
                "select c.tenant_id, t.name, c.secret_enc, c.token_enc, c.plan_quota, c.rejected_at"
                        + " from line_channel c join tenant t on t.id = c.tenant_id where c.rejected_at is null",
                rs -> {
                    Channel c = channel(rs);
                    all.put(c.tenantId(), c);
                });
        return all;
    }

    private static Channel channel(java.sql.ResultSet rs) throws java.sql.SQLException {
        long quota = rs.getLong(5);
        return new Channel(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.wasNull() ? null : quota,
                rs.getTimestamp(6) != null);
    }

    void rejected(long tenantId, Instant at) {
        jdbc.update(
                "update line_channel set rejected_at = ? where tenant_id = ? and rejected_at is null",
                Timestamp.from(at),
                tenantId);
    }

    // --- the webhook's queue

    /** A webhook event kept until done: a linking code (LINK) or an unfollow (UNLINK). */
    record QueuedEvent(
            long id,
            long tenantId,
            String eventId,
            String kind,
            String lineUserId,
            @Nullable String code,
            @Nullable String replyToken) {}

    /** Queues events; one LINE sent again (same event ID) is queued once. Returns how many were new. */
    int queue(long tenantId, List<QueuedEvent> events, Instant at) {
        int added = 0;
        for (QueuedEvent e : events) {
            try {
                added += jdbc.update(
                        "insert into line_webhook_event (tenant_id, event_id, kind, line_user_id, code, reply_token,"
                                + " received_at) values (?, ?, ?, ?, ?, ?, ?)",
                        tenantId,
                        e.eventId(),
                        e.kind(),
                        e.lineUserId(),
                        e.code(),
                        e.replyToken(),
                        Timestamp.from(at));
            } catch (DuplicateKeyException again) {
                // LINE redelivered an event already queued
            }
        }
        return added;
    }

    /** Takes the queued events no other run has taken (an event left taken for 5 minutes is taken again). */
    List<QueuedEvent> take(Instant now) {
        List<QueuedEvent> waiting = jdbc.query(
                "select id, tenant_id, event_id, kind, line_user_id, code, reply_token from line_webhook_event"
                        + " where taken_at is null or taken_at < ? order by id",
                (rs, i) -> new QueuedEvent(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)),
                Timestamp.from(now.minusSeconds(300)));
        List<QueuedEvent> mine = new ArrayList<>();
        for (QueuedEvent e : waiting) {
            int took = jdbc.update(
                    "update line_webhook_event set taken_at = ? where tenant_id = ? and id = ?"
                            + " and (taken_at is null or taken_at < ?)",
                    Timestamp.from(now),
                    e.tenantId(),
                    e.id(),
                    Timestamp.from(now.minusSeconds(300)));
            if (took == 1) {
                mine.add(e);
            }
        }
        return mine;
    }

    void done(QueuedEvent e) {
        jdbc.update("delete from line_webhook_event where tenant_id = ? and id = ?", e.tenantId(), e.id());
    }

    // --- links

    /** The person a valid, unexpired code belongs to in that company. */
    Optional<Long> userForCode(long tenantId, String codeHash, Instant now) {
        return jdbc
                .query(
                        "select user_id from line_link_code where tenant_id = ? and code_hash = ? and expires_at > ?",
                        (rs, i) -> rs.getLong(1),
                        tenantId,
                        codeHash,
                        Timestamp.from(now))
                .stream()
                .findFirst();
    }

    /** Links the LINE user to the person (replacing either's earlier link in that company); the code is used up. */
    void link(long tenantId, long userId, String lineUserId, Instant at) {
        transactions.inSystem(() -> {
            jdbc.update("delete from line_link_code where tenant_id = ? and user_id = ?", tenantId, userId);
            jdbc.update(
                    "delete from line_link where tenant_id = ? and (user_id = ? or line_user_id = ?)",
                    tenantId,
                    userId,
                    lineUserId);
            jdbc.update(
                    "insert into line_link (tenant_id, user_id, line_user_id, linked_at) values (?, ?, ?, ?)",
                    tenantId,
                    userId,
                    lineUserId,
                    Timestamp.from(at));
            return null;
        });
    }

    /** Removes the LINE user's link in that company; returns the person it was linked to, if any. */
    Optional<Long> unlinkLineUser(long tenantId, String lineUserId) {
        return transactions.inSystem(() -> {
            Optional<Long> user = jdbc
                    .query(
                            "select user_id from line_link where tenant_id = ? and line_user_id = ?",
                            (rs, i) -> rs.getLong(1),
                            tenantId,
                            lineUserId)
                    .stream()
                    .findFirst();
            jdbc.update("delete from line_link where tenant_id = ? and line_user_id = ?", tenantId, lineUserId);
            return user;
        });
    }

    Optional<String> lineUserOf(long tenantId, long userId) {
        return jdbc
                .query(
                        "select line_user_id from line_link where tenant_id = ? and user_id = ?",
                        (rs, i) -> rs.getString(1),
                        tenantId,
                        userId)
                .stream()
                .findFirst();
    }

    /**
     * Deletes the links and codes of people no longer members of the company (removed, or an agency's access ended):
     * Baton keeps no LINE user ID it has no use for. Returns how many links went.
     */
    int forgetFormerMembers() {
        String gone = " where not exists (select 1 from membership m where m.tenant_id = %s.tenant_id"
                + " and m.user_id = %s.user_id)";
        jdbc.update("delete from line_link_code" + gone.formatted("line_link_code", "line_link_code"));
        return jdbc.update("delete from line_link" + gone.formatted("line_link", "line_link"));
    }

    void unlinkUser(long tenantId, long userId) {
        jdbc.update("delete from line_link where tenant_id = ? and user_id = ?", tenantId, userId);
    }

    // --- deliveries

    /** A notification of a linked person not yet delivered (or held back) in LINE. */
    record Pending(
            long notificationId,
            long tenantId,
            long userId,
            String lineUserId,
            @Nullable LocalDate lastDigestOn) {}

    /** Notifications of these kinds since {@code since}, of people linked in a connected company, with no delivery. */
    List<Pending> pending(Instant since, Collection<String> kinds) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(kinds.size(), "?"));
        List<Object> args = new ArrayList<>();
        args.add(Timestamp.from(since));
        args.addAll(kinds);
        return jdbc.query(
                "select n.id, n.tenant_id, n.user_id, l.line_user_id, l.last_digest_on from notification n"
                        + " join line_link l on l.tenant_id = n.tenant_id and l.user_id = n.user_id"
                        + " join line_channel c on c.tenant_id = n.tenant_id and c.rejected_at is null"
                        + " left join line_delivery d on d.tenant_id = n.tenant_id and d.notification_id = n.id"
                        + " where d.id is null and n.created_at > ? and n.kind in (" + marks + ")"
                        + " order by n.created_at, n.id",
                (rs, i) -> {
                    java.sql.Date day = rs.getDate(5);
                    return new Pending(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getLong(3),
                            rs.getString(4),
                            day == null ? null : day.toLocalDate());
                },
                args.toArray());
    }

    /**
     * Claims the notifications for one push (or one decision not to push) in its own committed transaction; false
     * when another run claimed any of them first, in which case this run claims none.
     */
    boolean claim(
            long tenantId, long userId, Collection<Long> notificationIds, UUID retryKey, String state, Instant at) {
        try {
            return transactions.inSystem(() -> {
                for (long id : notificationIds) {
                    jdbc.update(
                            "insert into line_delivery (tenant_id, notification_id, user_id, retry_key, state, attempts,"
                                    + " claimed_at) values (?, ?, ?, ?, ?, 0, ?)",
                            tenantId,
                            id,
                            userId,
                            retryKey.toString(),
                            state,
                            Timestamp.from(at));
                }
                return true;
            });
        } catch (DuplicateKeyException | org.springframework.dao.PessimisticLockingFailureException taken) {
            return false;
        }
    }

    /** The push with this retry key went out (counted in {@code month} for the quota). */
    void sent(long tenantId, UUID retryKey, Instant at, String month) {
        jdbc.update(
                "update line_delivery set state = 'SENT', sent_at = ?, sent_month = ?, attempts = attempts + 1"
                        + " where tenant_id = ? and retry_key = ?",
                Timestamp.from(at),
                month,
                tenantId,
                retryKey.toString());
    }

    void state(long tenantId, UUID retryKey, String state, @Nullable Instant nextAttempt) {
        jdbc.update(
                "update line_delivery set state = ?, next_attempt_at = ?, attempts = attempts + 1"
                        + " where tenant_id = ? and retry_key = ?",
                state,
                nextAttempt == null ? null : Timestamp.from(nextAttempt),
                tenantId,
                retryKey.toString());
    }

    /** Gives the notifications back (LINE refused the company's token): they may go out once it is fixed. */
    void release(long tenantId, UUID retryKey) {
        jdbc.update("delete from line_delivery where tenant_id = ? and retry_key = ?", tenantId, retryKey.toString());
    }

    /** A push to try again: its company, person, notifications, retry key and attempts so far. */
    record Retry(long tenantId, long userId, UUID retryKey, int attempts, List<Long> notificationIds) {}

    /** Pushes due again: those LINE asked to retry, and those a stopped run left claimed for 5 minutes. */
    List<Retry> retries(Instant now) {
        Map<String, Retry> byKey = new java.util.LinkedHashMap<>();
        jdbc.query(
                "select tenant_id, user_id, retry_key, attempts, notification_id from line_delivery"
                        + " where (state = 'RETRY' and next_attempt_at <= ?) or (state = 'SENDING' and claimed_at < ?)"
                        + " order by id",
                rs -> {
                    String key = rs.getString(3);
                    Retry r = byKey.computeIfAbsent(key, k -> {
                        try {
                            return new Retry(
                                    rs.getLong(1), rs.getLong(2), UUID.fromString(k), rs.getInt(4), new ArrayList<>());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    r.notificationIds().add(rs.getLong(5));
                },
                Timestamp.from(now),
                Timestamp.from(now.minusSeconds(300)));
        return List.copyOf(byKey.values());
    }

    /** Pushes Baton made for the company in the month (LINE counts one message per person per push). */
    long sentIn(long tenantId, String month) {
        Long n = jdbc.queryForObject(
                "select count(distinct retry_key) from line_delivery where tenant_id = ? and sent_month = ?"
                        + " and state = 'SENT'",
                Long.class,
                tenantId,
                month);
        return n == null ? 0 : n;
    }

    long linkedPeople(long tenantId) {
        Long n = jdbc.queryForObject("select count(*) from line_link where tenant_id = ?", Long.class, tenantId);
        return n == null ? 0 : n;
    }

    void digested(long tenantId, long userId, LocalDate day) {
        jdbc.update(
                "update line_link set last_digest_on = ? where tenant_id = ? and user_id = ?",
                java.sql.Date.valueOf(day),
                tenantId,
                userId);
    }
}
