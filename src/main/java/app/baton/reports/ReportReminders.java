package app.baton.reports;

import app.baton.reports.ReportEvents.ReportAction;
import app.baton.reports.internal.EngagementEntity;
import app.baton.reports.internal.EngagementRepository;
import app.baton.reports.internal.ReportVersionRepository;
import app.baton.shared.CompanyDefaults;
import app.baton.shared.tenant.TenantTransactions;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The reports' calendar, for every company: three days before a monthly report is due (and until it is), the
 * agency's people are reminded once (REPORT_DUE_SOON); the day after the due day with no upload, the month is marked
 * late once (REPORT_LATE, audited) and both the agency and the company's founders and successors are told. Each
 * reminder is a row in {@code report_reminder} (unique per engagement, month and kind), so running the job twice, or
 * on two replicas at once, sends nothing twice. Only months due within the last {@value #LOOK_BACK_DAYS} days are
 * marked, so a new installation does not flood people with old months. From {@value #RENEWAL_DAYS} days before an
 * engagement's term ends, its family is told once that the renewal review is open (RENEWAL_DUE).
 */
@Component
public class ReportReminders {

    static final int DUE_SOON_DAYS = 3;

    /** How many days before an engagement's term ends its renewal review opens (issue 19). */
    public static final int RENEWAL_DAYS = 60;

    static final int LOOK_BACK_DAYS = 31;

    private final EngagementRepository engagements;
    private final ReportVersionRepository versions;
    private final TenantTransactions transactions;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportReminders(
            EngagementRepository engagements,
            ReportVersionRepository versions,
            TenantTransactions transactions,
            JdbcTemplate jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.engagements = engagements;
        this.versions = versions;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${baton.reports.reminders-cron:0 5 * * * *}")
    @SchedulerLock(name = "report-reminders", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
    public void run() {
        runAt(clock.instant());
    }

    /** Sends what is due at {@code now}; returns how many reminders were sent (public for tests and operators). */
    public int runAt(Instant now) {
        Map<Long, ZoneId> zones = new HashMap<>();
        jdbc.query("select id, time_zone from tenant", rs -> {
            zones.put(rs.getLong(1), ZoneId.of(rs.getString(2)));
        });
        List<EngagementEntity> all = transactions.inSystem(engagements::findAll);
        int sent = 0;
        for (EngagementEntity e : all) {
            long tenantId = Objects.requireNonNull(e.getTenantId());
            ZoneId zone = zones.getOrDefault(tenantId, CompanyDefaults.ZONE);
            LocalDate today = LocalDate.ofInstant(now, zone);
            YearMonth current = YearMonth.from(today);
            if (!today.isBefore(e.endDate().minusDays(RENEWAL_DAYS))
                    && !today.isAfter(e.endDate())
                    && claim(tenantId, e.id(), YearMonth.from(e.endDate()), RENEWAL, now)) {
                publishRenewal(e, tenantId);
                sent++;
            }
            for (YearMonth month = current.minusMonths(2); !month.isAfter(current); month = month.plusMonths(1)) {
                if (month.isBefore(YearMonth.from(e.startDate())) || month.isAfter(YearMonth.from(e.endDate()))) {
                    continue;
                }
                LocalDate due = ReportCalendar.due(month, e.dueDay());
                ReportAction kind = null;
                if (!today.isBefore(due.minusDays(DUE_SOON_DAYS)) && !today.isAfter(due)) {
                    kind = ReportAction.DUE_SOON;
                } else if (today.isAfter(due) && !today.isAfter(due.plusDays(LOOK_BACK_DAYS))) {
                    kind = ReportAction.LATE;
                }
                if (kind != null
                        && !uploaded(tenantId, e.id(), month)
                        && claim(tenantId, e.id(), month, kind.name(), now)) {
                    publish(e, tenantId, month, due, kind);
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean uploaded(long tenantId, long engagementId, YearMonth month) {
        return transactions.inTenant(
                tenantId,
                () -> versions.lastNumber(engagementId, month.atDay(1)).isPresent());
    }

    /** Records the reminder; false when it was already sent (by an earlier run or another replica). */
    private boolean claim(long tenantId, long engagementId, YearMonth month, String kind, Instant now) {
        try {
            jdbc.update(
                    "insert into report_reminder (tenant_id, engagement_id, report_month, kind, sent_at)"
                            + " values (?, ?, ?, ?, ?)",
                    tenantId,
                    engagementId,
                    Date.valueOf(month.atDay(1)),
                    kind,
                    Timestamp.from(now));
            return true;
        } catch (DataIntegrityViolationException duplicate) {
            return false;
        }
    }

    /** The kind of the renewal reminder's row: once per engagement and end of term (its month). */
    static final String RENEWAL = "RENEWAL_DUE";

    /** The family (founders and successors) is told the engagement's renewal review is open. */
    private void publishRenewal(EngagementEntity e, long tenantId) {
        Set<Long> family = new LinkedHashSet<>();
        jdbc.query(
                "select user_id from membership where tenant_id = ? and role <> 'VENDOR'",
                rs -> {
                    family.add(rs.getLong(1));
                },
                tenantId);
        events.publishEvent(new ReportEvents.RenewalDue(
                tenantId, e.id(), e.title(), e.endDate().toString(), family));
    }

    private void publish(EngagementEntity e, long tenantId, YearMonth month, LocalDate due, ReportAction kind) {
        Set<Long> recipients = new LinkedHashSet<>();
        jdbc.query(
                "select user_id, role, vendor_organisation_id from membership where tenant_id = ?",
                rs -> {
                    boolean agency = rs.getLong(3) == e.vendorOrganisationId() && !rs.wasNull();
                    boolean company = !"VENDOR".equals(rs.getString(2));
                    if (agency || (kind == ReportAction.LATE && company)) {
                        recipients.add(rs.getLong(1));
                    }
                },
                tenantId);
        events.publishEvent(new ReportEvents.ReportChanged(
                tenantId,
                null,
                null,
                kind,
                e.id(),
                0,
                month.toString(),
                e.title(),
                recipients,
                month + " due " + due,
                null));
    }
}
