package app.baton.reports;

import app.baton.reports.internal.FlagRepository;
import app.baton.reports.internal.MonthState;
import app.baton.reports.internal.ReportVersionRepository;
import app.baton.security.CurrentUser;
import app.baton.shared.persistence.TransactionMemo;
import app.baton.shared.tenant.TenantContext;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Where each month of the company's reports stands — its latest version's state and the open flags of the latest
 * versions not accepted — read once per read-only transaction: the dashboard's report overview, what waits for the
 * reader and its count ask the same (issue 16, decision 017). For the company's own people, who see every engagement
 * of the company; called by this module's services inside their secured transactions, never by a screen.
 */
@Component
class CompanyMonths {

    private final ReportVersionRepository versions;
    private final FlagRepository flags;
    private final CurrentUser currentUser;

    CompanyMonths(ReportVersionRepository versions, FlagRepository flags, CurrentUser currentUser) {
        this.versions = versions;
        this.flags = flags;
        this.currentUser = currentUser;
    }

    /** The latest version of each month of the company's engagements, newest month first. */
    List<MonthState> latest() {
        return TransactionMemo.get(
                new Key("latest", currentUser.requireMembership().tenantId(), TenantContext.override()),
                () -> List.copyOf(versions.latestStateOfEachMonthOfCompany()));
    }

    /** The open flags (not closed, above INFO) of each month's latest version that is not accepted, by version id. */
    Map<Long, Long> openFlags() {
        return TransactionMemo.get(
                new Key("openFlags", currentUser.requireMembership().tenantId(), TenantContext.override()),
                () -> Map.copyOf(flags.openOfLatestUnaccepted()));
    }

    /** What a memo holds and for which company (the key holds everything the value depends on besides the data). */
    private record Key(String what, long tenantId, @Nullable Long tenantOverride) {}
}
