package app.baton.demo;

import app.baton.insights.KpiSettingsService;
import app.baton.insights.MeetingService;
import app.baton.insights.TrendKpi;
import app.baton.security.AccountSummary;
import app.baton.security.MembershipDirectory;
import app.baton.shared.CompanyDefaults;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The demo company's KPI targets and customer assumptions (so CLTV and LTV:CAC show), and the monthly review of two
 * months ago held and closed, with one decision, so the meeting pages show both an open and a closed meeting.
 */
@Component
@app.baton.shared.DemoOnly
class DemoInsights {

    private final KpiSettingsService settings;
    private final MeetingService meetings;
    private final MembershipDirectory memberships;
    private final Clock clock;

    DemoInsights(KpiSettingsService settings, MeetingService meetings, MembershipDirectory memberships, Clock clock) {
        this.settings = settings;
        this.meetings = meetings;
        this.memberships = memberships;
        this.clock = clock;
    }

    void seed(long tenantId, AccountSummary founder, AccountSummary successor) {
        DemoActor.as(memberships, founder, tenantId, () -> {
            settings.save(
                    -1,
                    new TrendKpi.Assumptions(new BigDecimal("4"), new BigDecimal("3"), new BigDecimal("0.45")),
                    Map.of(
                            TrendKpi.ROAS, new BigDecimal("3"),
                            TrendKpi.CAC, new BigDecimal("1500"),
                            TrendKpi.CR, new BigDecimal("0.02"),
                            TrendKpi.CPA, new BigDecimal("600"),
                            TrendKpi.LTV_CAC, new BigDecimal("3")));
            YearMonth held = YearMonth.now(clock.withZone(CompanyDefaults.ZONE)).minusMonths(2);
            meetings.decide(held, MeetingService.DecisionKind.NOTE, null, "Meta Ads 成效持平,維持預算;LINE 好友募集實驗下月提出成果。");
            meetings.close(
                    held,
                    List.of(
                            new MeetingService.Attendee(founder.userId(), founder.displayName()),
                            new MeetingService.Attendee(successor.userId(), successor.displayName())),
                    "預算大致依計畫執行。");
            return null;
        });
    }
}
