package app.baton.audit;

import app.baton.shared.CompanyDefaults;
import app.baton.shared.Tokens;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals each company's audit rows in a hash chain and checks it. A seal (insert-only, like the rows) holds the SHA-256
 * of the previous seal's hash and the row's every field, in the order the rows were sealed; changing, removing or
 * re-ordering a row afterwards — even directly in the database, by someone the append-only triggers did not stop —
 * breaks the chain at that row. Sealing runs in a short transaction of its own that holds the company's chain head, so
 * two sealers never fork the chain and no business transaction waits on it. Raw SQL with the company named in every
 * statement (the allow-list in {@code ArchitectureTest}).
 */
@Component
class AuditChain {

    private static final Logger log = LoggerFactory.getLogger(AuditChain.class);

    /** The hash before a company's first row. */
    static final String GENESIS = "0".repeat(64);

    private static final int BATCH = 2_000;
    private static final String FIELDS =
            "e.id, e.tenant_id, e.occurred_at, e.actor_user_id, e.actor_name, e.actor_role,"
                    + " e.action, e.object_type, e.object_id, e.summary, e.reason, e.sentence";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    AuditChain(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** What a check found: every sealed row intact, or the first row where the chain breaks. */
    record Verification(
            long entries,
            @Nullable Long brokenEventId,
            @Nullable Instant brokenOccurredAt,
            Instant checkedAt) {
        boolean intact() {
            return brokenEventId == null;
        }
    }

    /** The last check of a company, if there was one. */
    @Nullable
    Verification lastCheck(long tenantId) {
        List<Verification> found = jdbc.query(
                "select checked_at, checked_entries, broken_event_id from audit_chain_head"
                        + " where tenant_id = ? and checked_at is not null",
                (rs, i) -> new Verification(
                        rs.getLong("checked_entries"),
                        nullableLong(rs, "broken_event_id"),
                        null,
                        instant(rs, "checked_at")),
                tenantId);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** Seals the company's rows not sealed yet, oldest first; returns how many. */
    int seal(long tenantId) {
        int sealed = 0;
        int last;
        do {
            last = Objects.requireNonNull(ownTransaction.execute(status -> sealBatch(tenantId)));
            sealed += last;
        } while (last == BATCH);
        return sealed;
    }

    private int sealBatch(long tenantId) {
        Head head = lockHead(tenantId);
        List<Long> ids = new ArrayList<>();
        List<String> canonical = new ArrayList<>();
        jdbc.query(
                "select " + FIELDS + " from audit_event e where e.tenant_id = ? and not exists (select 1 from"
                        + " audit_seal s where s.tenant_id = e.tenant_id and s.audit_event_id = e.id) order by e.id"
                        + " limit " + BATCH,
                rs -> {
                    ids.add(rs.getLong("id"));
                    canonical.add(canonical(rs));
                },
                tenantId);
        long seq = head.seq();
        String hash = head.hash();
        Timestamp now = Timestamp.from(clock.instant());
        for (int i = 0; i < ids.size(); i++) {
            hash = link(hash, canonical.get(i));
            seq++;
            jdbc.update(
                    "insert into audit_seal (tenant_id, seq, audit_event_id, hash, sealed_at) values (?, ?, ?, ?, ?)",
                    tenantId,
                    seq,
                    ids.get(i),
                    hash,
                    now);
        }
        if (!ids.isEmpty()) {
            jdbc.update(
                    "update audit_chain_head set last_seq = ?, last_hash = ? where tenant_id = ?", seq, hash, tenantId);
        }
        return ids.size();
    }

    /**
     * Seals what is new, then walks the company's whole chain from the start and reports the first row whose seal
     * does not match (changed, or re-ordered) or whose row is gone; remembers the result for the audit page.
     */
    Verification verify(long tenantId) {
        seal(tenantId);
        return Objects.requireNonNull(ownTransaction.execute(status -> {
            long[] entries = {0};
            String[] expected = {GENESIS};
            Long[] broken = {null};
            Instant[] brokenAt = {null};
            jdbc.query(
                    "select s.seq, s.hash as sealed_hash, s.audit_event_id as sealed_id, " + FIELDS
                            + " from audit_seal s left join audit_event e on e.tenant_id = s.tenant_id"
                            + " and e.id = s.audit_event_id where s.tenant_id = ? order by s.seq",
                    rs -> {
                        if (broken[0] != null) {
                            return;
                        }
                        entries[0]++;
                        long eventId = rs.getLong("sealed_id");
                        rs.getLong("id");
                        boolean gone = rs.wasNull();
                        String hash = gone ? null : link(expected[0], canonical(rs));
                        if (gone || !hash.equals(rs.getString("sealed_hash"))) {
                            broken[0] = eventId;
                            brokenAt[0] = gone ? null : instant(rs, "occurred_at");
                        } else {
                            expected[0] = hash;
                        }
                    },
                    tenantId);
            Instant now = clock.instant();
            jdbc.update(
                    "update audit_chain_head set checked_at = ?, checked_entries = ?, broken_event_id = ?"
                            + " where tenant_id = ?",
                    Timestamp.from(now),
                    entries[0],
                    broken[0],
                    tenantId);
            return new Verification(entries[0], broken[0], brokenAt[0], now);
        }));
    }

    /** Every company's chain, checked daily on one replica; a break is logged (ids only) and shown to founders. */
    @Scheduled(cron = "${baton.audit.check-cron:0 30 3 * * *}", zone = CompanyDefaults.ZONE_ID)
    @SchedulerLock(name = "audit-chain", lockAtMostFor = "PT30M", lockAtLeastFor = "PT30S")
    public void checkAll() {
        for (Long tenantId : jdbc.queryForList("select id from tenant order by id", Long.class)) {
            Verification result = verify(tenantId);
            if (!result.intact()) {
                log.error(
                        "The audit log of company {} is broken at event {}: changed or deleted after it was sealed",
                        tenantId,
                        result.brokenEventId());
            }
        }
    }

    private record Head(long seq, String hash) {}

    private Head lockHead(long tenantId) {
        List<Head> head = heads(tenantId);
        if (head.isEmpty()) {
            try {
                jdbc.update(
                        "insert into audit_chain_head (tenant_id, last_seq, last_hash) values (?, 0, ?)",
                        tenantId,
                        GENESIS);
            } catch (DuplicateKeyException startedByAnother) {
                // another sealer made the head at the same moment; lock theirs
            }
            head = heads(tenantId);
        }
        return head.getFirst();
    }

    private List<Head> heads(long tenantId) {
        return jdbc.query(
                "select last_seq, last_hash from audit_chain_head where tenant_id = ? for update",
                (rs, i) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash")),
                tenantId);
    }

    /** The next link: the previous hash and the row, hashed together. */
    static String link(String previous, String canonicalRow) {
        return Tokens.sha256(previous + "\n" + canonicalRow);
    }

    /** A row's every field in one fixed form: values apart by a unit separator, absent ones marked. */
    private static String canonical(ResultSet rs) throws SQLException {
        StringBuilder row = new StringBuilder();
        row.append(rs.getLong("id")).append('\u001f');
        row.append(rs.getLong("tenant_id")).append('\u001f');
        LocalDateTime occurred = rs.getObject("occurred_at", LocalDateTime.class);
        row.append(occurred == null ? "\u0000" : occurred.toString()).append('\u001f');
        for (String column : List.of(
                "actor_user_id",
                "actor_name",
                "actor_role",
                "action",
                "object_type",
                "object_id",
                "summary",
                "reason")) {
            String value = rs.getString(column);
            row.append(value == null ? "\u0000" : value).append('\u001f');
        }
        // added later (issue 15): sealed when present, so entries written before it keep their seals
        String sentence = rs.getString("sentence");
        if (sentence != null) {
            row.append(sentence).append('\u001f');
        }
        return row.toString();
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
