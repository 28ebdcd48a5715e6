package app.baton.budgets.ui;

import app.baton.budgets.BudgetPlanQueryService;
import app.baton.budgets.GuardrailService;
import app.baton.budgets.PlanSummary;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.security.MembershipRole;
import app.baton.shared.ui.HomeContribution;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The budget on the home page: a card that opens the plan (and, for the successor, one that asks for money), and the
 * founder's first two steps — a plan for this year or the next, and the guardrails confirmed once.
 */
@Component
class BudgetsOnHome implements HomeContribution {

    private final BudgetPlanQueryService plans;
    private final GuardrailService guardrails;
    private final CurrentUser currentUser;
    private final Clock clock;

    BudgetsOnHome(BudgetPlanQueryService plans, GuardrailService guardrails, CurrentUser currentUser, Clock clock) {
        this.plans = plans;
        this.guardrails = guardrails;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public Part part() {
        MembershipInfo membership = currentUser.membership().orElse(null);
        if (membership == null || membership.role() == MembershipRole.VENDOR) {
            return new Part(List.of(), List.of());
        }
        UI ui = UI.getCurrent();
        List<PlanSummary> planList = plans.plans();
        List<Card> cards = new ArrayList<>();
        boolean founder = membership.role() == MembershipRole.FOUNDER;
        if (!founder) {
            cards.add(new Card(
                    30,
                    HomeContribution.card(
                            ui.getTranslation("home.requestTitle"),
                            ui.getTranslation("home.requestText"),
                            null,
                            ui.getTranslation("home.openRequestForm"),
                            BudgetNavigation.newRequest())));
        }
        cards.add(new Card(
                40,
                HomeContribution.card(
                        ui.getTranslation("home.budgetTitle"),
                        ui.getTranslation("home.budgetText"),
                        null,
                        ui.getTranslation(founder && planList.isEmpty() ? "budget.plan.new" : "home.openBudget"),
                        BudgetNavigation.plan())));
        if (!founder) {
            return new Part(cards, List.of());
        }
        int year = LocalDate.now(clock.withZone(membership.zoneId())).getYear();
        boolean plan = planList.stream().anyMatch(p -> p.fiscalYear() >= year);
        boolean rails = guardrails.current().updatedAt() != null;
        return new Part(
                cards,
                List.of(
                        new Step(10, "plan", BudgetNavigation.plan(), plan),
                        new Step(20, "guardrails", BudgetNavigation.guardrails(), rails)));
    }
}
