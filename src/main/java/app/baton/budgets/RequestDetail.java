package app.baton.budgets;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Everything the decision screen needs on one page. */
public record RequestDetail(
        RequestRow row,
        int fiscalYear,
        YearMonth firstMonth,
        long planId,
        long planChangeCount,
        String reason,
        @Nullable String evidenceLinks,
        RequestPreview preview,
        List<ApprovalView> approvals,
        Set<String> stillNeeded,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String decisionReason,
        @Nullable String overrideReason,
        long version,
        boolean mayDecide,
        boolean mayWithdraw) {}
