package app.baton.insights;

import app.baton.budgets.ChannelKind;
import app.baton.budgets.TimeToImpact;
import java.time.YearMonth;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The time to impact of the goals both generations agreed, for the modules that cannot read the goals themselves. */
@Service
class GoalTimeToImpact implements TimeToImpact {

    private final GoalQueryService goals;

    GoalTimeToImpact(GoalQueryService goals) {
        this.goals = goals;
    }

    @Override
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public int months(ChannelKind kind, YearMonth month) {
        return goals.monthsToImpact(kind, month);
    }
}
