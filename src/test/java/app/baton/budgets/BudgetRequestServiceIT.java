package app.baton.budgets;

import static app.baton.budgets.BudgetFixtures.YEAR;
import static app.baton.budgets.BudgetFixtures.money;
import static app.baton.budgets.BudgetFixtures.move;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.DatabaseTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.TestFixtures.Person;
import app.baton.approvals.GuardrailRule;
import app.baton.approvals.MultiFounderPolicy;
import app.baton.approvals.Violation;
import app.baton.audit.AuditService;
import app.baton.audit.AuditService.AuditEntry;
import app.baton.audit.AuditService.AuditFilter;
import app.baton.budgets.BudgetFixtures.ActivePlan;
import app.baton.budgets.BudgetFixtures.Budgets;
import app.baton.notifications.NotificationService;
import app.baton.security.MembershipRole;
import app.baton.shared.DomainException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Every rule of budget change requests, on the real database. */
class BudgetRequestServiceIT extends DatabaseTestBase {

    static final YearMonth MARCH = YearMonth.of(YEAR, 3);

    @Autowired
    Companies companies;

    @Autowired
    Budgets budgets;

    @Autowired
    BudgetRequestService requests;

    @Autowired
    BudgetRequestQueryService requestQueries;

    @Autowired
    BudgetPlanService plans;

    @Autowired
    BudgetPlanQueryService planQueries;

    @Autowired
    ChannelService channels;

    @Autowired
    AuditService audit;

    @Autowired
    NotificationService notifications;

    Company c;
    ActivePlan plan;

    @BeforeEach
    void activePlan() throws Exception {
        c = companies.create("requests");
        plan = budgets.activePlan(c.founder());
    }

    @Test
    void a_founder_approves_a_successors_move_and_the_plan_changes_in_the_same_step() throws Exception {
        RequestDetail submitted = submit(c.successor(), moveToLine(20_000));
        assertThat(submitted.row().status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(submitted.preview().changes())
                .extracting(
                        change -> change.before().intValueExact(),
                        change -> change.after().intValueExact())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(50_000, 30_000),
                        org.assertj.core.groups.Tuple.tuple(10_000, 30_000));
        assertThat(lineMonth(Tier.FOUNDATION, "GOOGLE_ADS")).isEqualByComparingTo("50000");

        RequestDetail approved = approve(c.founder(), submitted, null);

        assertThat(approved.row().status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(approved.decidedBy()).isNotNull();
        assertThat(lineMonth(Tier.FOUNDATION, "GOOGLE_ADS")).isEqualByComparingTo("30000");
        assertThat(lineMonth(Tier.EXPERIMENT, "LINE")).isEqualByComparingTo("30000");
        PlanView after = companies.as(c.founder(), () -> planQueries.plan(plan.id()));
        assertThat(after.totalBudget()).isEqualByComparingTo("1000000");
        assertThat(after.tier(Tier.EXPERIMENT).total()).isEqualByComparingTo("140000");
        assertThat(after.tier(Tier.EXPERIMENT).originalTotal()).isEqualByComparingTo("120000");

        assertThat(actions()).contains("BUDGET_REQUEST_SUBMITTED", "BUDGET_REQUEST_APPROVED", "BUDGET_CHANGE_APPLIED");
        AuditEntry applied = auditOf("BUDGET_CHANGE_APPLIED").get(0);
        assertThat(applied.summary()).contains("50000 → 30000").contains("10000 → 30000");
        assertThat(companies.as(c.successor(), () -> notifications.mine(10)))
                .extracting(NotificationService.NotificationView::kind)
                .containsExactly("BUDGET_REQUEST_OUTCOME_APPROVED");
        assertThat(companies.as(c.founder(), () -> notifications.mine(10)))
                .extracting(NotificationService.NotificationView::kind)
                .containsExactly("BUDGET_REQUEST_WAITING");
    }

    @Test
    void nobody_approves_their_own_request() throws Exception {
        Person second = companies.addPerson(c, "second-founder", MembershipRole.FOUNDER);
        RequestDetail own = submit(c.founder(), moveToLine(10_000));
        assertRefused(() -> approve(c.founder(), own, null), "approvals.noSelfApproval");
        assertThat(approve(second, own, null).row().status()).isEqualTo(RequestStatus.APPROVED);
    }

    @Test
    void a_sole_founder_cannot_submit_a_request_nobody_else_could_approve() throws Exception {
        assertRefused(() -> submit(c.founder(), moveToLine(10_000)), "approvals.needsAnotherFounder");
        assertThat(count()).isZero();
    }

    @Test
    void the_check_before_submitting_says_what_would_happen_and_saves_nothing() throws Exception {
        RequestPreview sole = companies.as(c.founder(), () -> requestQueries.preview(moveToLine(10_000)));
        assertThat(sole.refusalKey()).isEqualTo("approvals.needsAnotherFounder");
        budgets.guardrails(c.founder(), withDelegatedLimit(10_000));
        RequestPreview delegated = companies.as(c.successor(), () -> requestQueries.preview(moveToLine(10_000)));
        assertThat(delegated.approvedByDelegation()).isTrue();
        assertThat(delegated.refusalKey()).isNull();
        RequestPreview negative = companies.as(
                c.successor(),
                () -> requestQueries.preview(move(
                        plan, changeCount(), 7_000, Tier.RESERVE, "GENERAL", Tier.FOUNDATION, "GOOGLE_ADS", MARCH)));
        assertThat(negative.refusalKey()).isEqualTo("approvals.belowZero");
        assertThat(count()).isZero();
    }

    @Test
    void a_vendor_can_neither_request_nor_approve_and_a_successor_cannot_approve() throws Exception {
        assertThatThrownBy(() -> submit(c.vendor(), moveToLine(10_000))).isInstanceOf(AccessDeniedException.class);
        RequestDetail submitted = submit(c.successor(), moveToLine(10_000));
        assertThatThrownBy(() -> approve(c.vendor(), submitted, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> approve(c.successor(), submitted, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> companies.as(
                        c.vendor(), () -> requestQueries.detail(submitted.row().id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void within_the_delegated_limit_a_successor_request_is_approved_on_submission() throws Exception {
        budgets.guardrails(c.founder(), withDelegatedLimit(10_000));
        RequestDetail request = submit(c.successor(), moveToLine(10_000));
        assertThat(request.row().status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(request.row().delegated()).isTrue();
        assertThat(lineMonth(Tier.EXPERIMENT, "LINE")).isEqualByComparingTo("20000");
        assertThat(actions()).contains("BUDGET_REQUEST_APPROVED_BY_DELEGATION", "BUDGET_CHANGE_APPLIED");
        // the founders are told it happened
        assertThat(companies.as(c.founder(), () -> notifications.mine(10)))
                .extracting(NotificationService.NotificationView::kind)
                .containsExactly("BUDGET_REQUEST_DELEGATED");
    }

    @Test
    void above_the_limit_or_breaking_a_guardrail_it_waits_for_a_founder() throws Exception {
        budgets.guardrails(c.founder(), withDelegatedLimit(10_000));
        assertThat(submit(c.successor(), moveToLine(10_001)).row().status()).isEqualTo(RequestStatus.SUBMITTED);
        // 10,000 into the experiment tier over 12 % + 3.1 % would break the 15 % cap
        budgets.guardrails(
                c.founder(),
                new Guardrails(
                        new BigDecimal("12.50"),
                        null,
                        new BigDecimal("5"),
                        money(10_000),
                        MultiFounderPolicy.ANY_FOUNDER,
                        BigDecimal.ZERO,
                        false));
        RequestDetail capped = submit(c.successor(), moveToLine(10_000));
        assertThat(capped.row().status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(capped.preview().violations())
                .extracting(Violation::rule)
                .containsExactly(GuardrailRule.EXPERIMENT_CAP);
    }

    @Test
    void a_broken_guardrail_is_approved_only_with_a_written_override_which_is_recorded() throws Exception {
        RequestDetail request = submit(c.successor(), moveToLine(40_000));
        assertThat(request.preview().violations())
                .extracting(Violation::rule)
                .containsExactly(GuardrailRule.EXPERIMENT_CAP);
        assertRefused(() -> approve(c.founder(), request, null), "approvals.overrideReasonRequired");
        assertThat(lineMonth(Tier.EXPERIMENT, "LINE")).isEqualByComparingTo("10000");

        RequestDetail approved = approve(c.founder(), request, "Trade fair in March, one-off");
        assertThat(approved.row().status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(approved.overrideReason()).isEqualTo("Trade fair in March, one-off");
        assertThat(lineMonth(Tier.EXPERIMENT, "LINE")).isEqualByComparingTo("50000");
        assertThat(auditOf("GUARDRAIL_OVERRIDDEN")).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo("Trade fair in March, one-off");
            assertThat(e.summary()).contains("EXPERIMENT_CAP");
        });
    }

    @Test
    void nothing_can_go_below_zero_not_even_with_an_override() throws Exception {
        RequestCommand tooMuch =
                move(plan, changeCount(), 7_000, Tier.RESERVE, "GENERAL", Tier.FOUNDATION, "GOOGLE_ADS", MARCH);
        assertRefused(() -> submit(c.successor(), tooMuch), "approvals.belowZero");
        assertThat(count()).isZero();
    }

    @Test
    void a_month_below_what_was_already_spent_needs_an_override() throws Exception {
        companies.run(
                c.successor(),
                () -> plans.recordSpent(plan.id(), Tier.FOUNDATION, plan.channel("GOOGLE_ADS"), MARCH, money(45_000)));
        RequestDetail request = submit(c.successor(), moveToLine(10_000));
        assertThat(request.preview().violations()).extracting(Violation::rule).contains(GuardrailRule.BELOW_SPENT);
        assertRefused(() -> approve(c.founder(), request, " "), "approvals.overrideReasonRequired");
    }

    @Test
    void with_the_every_founder_policy_the_request_waits_for_the_last_founder() throws Exception {
        Person second = companies.addPerson(c, "co-founder", MembershipRole.FOUNDER);
        budgets.guardrails(c.founder(), everyFounderAbove(10_000));
        RequestDetail request = submit(c.successor(), moveToLine(20_000));
        RequestDetail partial = approve(c.founder(), request, null);
        assertThat(partial.row().status()).isEqualTo(RequestStatus.PARTIALLY_APPROVED);
        assertThat(partial.stillNeeded()).hasSize(1);
        assertThat(lineMonth(Tier.EXPERIMENT, "LINE")).isEqualByComparingTo("10000");
        assertRefused(() -> approve(c.founder(), partial, null), "request.alreadyApprovedByYou");
        assertThat(companies.as(c.founder(), () -> requestQueries.waitingForMe()))
                .isEmpty();
        assertThat(companies.as(second, () -> requestQueries.waitingForMe())).hasSize(1);
        // the navigation's count, made by the database, is the list's for each founder and for the asker
        assertThat(companies.as(c.founder(), () -> requestQueries.countWaitingForMe()))
                .isZero();
        assertThat(companies.as(second, () -> requestQueries.countWaitingForMe()))
                .isEqualTo(1);
        assertThat(companies.as(c.successor(), () -> requestQueries.countWaitingForMe()))
                .isZero();

        RequestDetail done = approve(second, partial, null);
        assertThat(done.row().status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(done.approvals()).hasSize(2);
        assertThat(lineMonth(Tier.EXPERIMENT, "LINE")).isEqualByComparingTo("30000");
        assertThat(actions()).contains("BUDGET_REQUEST_PARTIALLY_APPROVED", "BUDGET_REQUEST_APPROVED");
    }

    @Test
    void under_the_threshold_one_founder_suffices_even_with_the_every_founder_policy() throws Exception {
        companies.addPerson(c, "co-founder", MembershipRole.FOUNDER);
        budgets.guardrails(c.founder(), everyFounderAbove(10_000));
        assertThat(approve(c.founder(), submit(c.successor(), moveToLine(10_000)), null)
                        .row()
                        .status())
                .isEqualTo(RequestStatus.APPROVED);
    }

    @Test
    void a_rejection_needs_a_reason_and_changes_nothing() throws Exception {
        RequestDetail request = submit(c.successor(), moveToLine(20_000));
        assertRefused(
                () -> companies.as(
                        c.founder(), () -> requests.reject(request.row().id(), request.version(), " ")),
                "approvals.rejectionReasonRequired");
        RequestDetail rejected = companies.as(
                c.founder(), () -> requests.reject(request.row().id(), request.version(), "Not before Q3 results"));
        assertThat(rejected.row().status()).isEqualTo(RequestStatus.REJECTED);
        assertThat(rejected.decisionReason()).isEqualTo("Not before Q3 results");
        assertThat(lineMonth(Tier.EXPERIMENT, "LINE")).isEqualByComparingTo("10000");
        assertThat(auditOf("BUDGET_REQUEST_REJECTED"))
                .singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("Not before Q3 results"));
        assertThat(companies.as(c.successor(), () -> notifications.mine(10)))
                .extracting(NotificationService.NotificationView::kind)
                .containsExactly("BUDGET_REQUEST_OUTCOME_REJECTED");
        assertRefused(() -> approve(c.founder(), rejected, null), "request.alreadyDecided");
    }

    @Test
    void only_the_requester_withdraws_an_open_request() throws Exception {
        RequestDetail request = submit(c.successor(), moveToLine(20_000));
        assertRefused(
                () -> companies.as(
                        c.founder(), () -> requests.withdraw(request.row().id(), request.version())),
                "request.onlyRequesterWithdraws");
        RequestDetail withdrawn = companies.as(
                c.successor(), () -> requests.withdraw(request.row().id(), request.version()));
        assertThat(withdrawn.row().status()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(actions()).contains("BUDGET_REQUEST_WITHDRAWN");
    }

    @Test
    void bad_input_gets_a_clear_message_and_changes_nothing() throws Exception {
        long count = changeCount();
        assertRefused(
                () -> submit(c.successor(), withAmount(moveToLine(1), BigDecimal.ZERO)), "request.amountPositive");
        assertRefused(() -> submit(c.successor(), withAmount(moveToLine(1), money(-5))), "request.amountPositive");
        assertRefused(
                () -> submit(c.successor(), withAmount(moveToLine(1), new BigDecimal("100.5"))),
                "money.tooManyDecimals");
        assertRefused(
                () -> submit(
                        c.successor(),
                        move(plan, count, 1_000, Tier.FOUNDATION, "GOOGLE_ADS", Tier.FOUNDATION, "GOOGLE_ADS", MARCH)),
                "request.sameSourceAndTarget");
        assertRefused(
                () -> submit(
                        c.successor(),
                        move(
                                plan,
                                count,
                                1_000,
                                Tier.FOUNDATION,
                                "GOOGLE_ADS",
                                Tier.EXPERIMENT,
                                "LINE",
                                YearMonth.of(YEAR + 1, 1))),
                "request.monthOutsidePlan");
        assertRefused(() -> submit(c.successor(), withReason(moveToLine(1_000), "  ")), "request.reasonRequired");
        assertRefused(
                () -> submit(
                        c.successor(),
                        new RequestCommand(
                                plan.id(),
                                count,
                                RequestKind.RESERVE_DRAW,
                                money(1_000),
                                Tier.FOUNDATION,
                                plan.channel("GOOGLE_ADS"),
                                List.of(MARCH),
                                Tier.EXPERIMENT,
                                plan.channel("LINE"),
                                List.of(MARCH),
                                "draw",
                                null)),
                "request.drawFromReserve");
        assertRefused(
                () -> submit(
                        c.successor(),
                        new RequestCommand(
                                plan.id(),
                                count,
                                RequestKind.MOVE,
                                money(1_000),
                                Tier.FOUNDATION,
                                plan.channel("GOOGLE_ADS"),
                                List.of(),
                                Tier.EXPERIMENT,
                                plan.channel("LINE"),
                                List.of(MARCH),
                                "move",
                                null)),
                "request.monthsRequired");
        assertRefused(
                () -> submit(
                        c.successor(),
                        new RequestCommand(
                                plan.id(),
                                count,
                                RequestKind.INCREASE,
                                money(1_000),
                                null,
                                null,
                                List.of(),
                                Tier.EXPERIMENT,
                                plan.channel("LINE"),
                                List.of(MARCH),
                                "more",
                                "not a link")),
                "request.evidenceInvalid");
        companies.run(c.founder(), () -> channels.archive(plan.channel("META_ADS")));
        assertRefused(
                () -> submit(
                        c.successor(),
                        move(plan, count, 1_000, Tier.FOUNDATION, "GOOGLE_ADS", Tier.FOUNDATION, "META_ADS", MARCH)),
                "budget.channel.archived");
        // the plan changed after the form was opened
        companies.run(
                c.founder(),
                () -> requests.approve(
                        submit(c.successor(), moveToLine(1_000)).row().id(), 0, changeCount(), null));
        assertRefused(
                () -> submit(
                        c.successor(),
                        move(plan, count, 1_000, Tier.FOUNDATION, "GOOGLE_ADS", Tier.EXPERIMENT, "LINE", MARCH)),
                "budget.plan.changed");
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void an_increase_and_a_reserve_draw_apply_as_asked() throws Exception {
        RequestDetail increase = submit(
                c.successor(),
                new RequestCommand(
                        plan.id(),
                        changeCount(),
                        RequestKind.INCREASE,
                        money(12_000),
                        null,
                        null,
                        List.of(),
                        Tier.EXPERIMENT,
                        plan.channel("CONTENT"),
                        List.of(MARCH, MARCH.plusMonths(1), MARCH.plusMonths(2)),
                        "New content pilot",
                        "https://example.com/deck"));
        approve(c.founder(), increase, null);
        PlanView view = companies.as(c.founder(), () -> planQueries.plan(plan.id()));
        assertThat(view.totalBudget()).isEqualByComparingTo("1012000");
        assertThat(view.tier(Tier.EXPERIMENT).channels())
                .filteredOn(r -> r.channelId() == plan.channel("CONTENT"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.total()).isEqualByComparingTo("12000");
                    assertThat(r.originalTotal()).isEqualByComparingTo("0");
                    assertThat(r.months().get(2)).isEqualByComparingTo("4000");
                });
        RequestDetail draw = submit(
                c.successor(),
                new RequestCommand(
                        plan.id(),
                        changeCount(),
                        RequestKind.RESERVE_DRAW,
                        money(3_000),
                        Tier.RESERVE,
                        plan.channel("GENERAL"),
                        List.of(MARCH),
                        Tier.FOUNDATION,
                        plan.channel("META_ADS"),
                        List.of(MARCH),
                        "Competitor launch",
                        null));
        approve(c.founder(), draw, null);
        view = companies.as(c.founder(), () -> planQueries.plan(plan.id()));
        assertThat(view.tier(Tier.RESERVE).total()).isEqualByComparingTo("77000");
        assertThat(view.totalBudget()).isEqualByComparingTo("1012000");
    }

    @Test
    void the_list_filters_by_state_kind_and_requester() throws Exception {
        Person second = companies.addPerson(c, "second-founder", MembershipRole.FOUNDER);
        RequestDetail first = submit(c.successor(), moveToLine(1_000));
        submit(second, moveToLine(2_000));
        companies.run(c.founder(), () -> requests.reject(first.row().id(), first.version(), "no"));
        companies.run(c.founder(), () -> {
            assertThat(requestQueries.count(RequestFilter.all())).isEqualTo(2);
            assertThat(requestQueries.requests(new RequestFilter(RequestStatus.REJECTED, null, null), 0, 10))
                    .singleElement()
                    .satisfies(r -> assertThat(r.requesterUserId())
                            .isEqualTo(c.successor().userId()));
            assertThat(requestQueries.requests(new RequestFilter(null, RequestKind.INCREASE, null), 0, 10))
                    .isEmpty();
            assertThat(requestQueries.requests(new RequestFilter(null, null, second.userId()), 0, 10))
                    .singleElement()
                    .satisfies(r -> assertThat(r.amount()).isEqualByComparingTo("2000"));
            assertThat(requestQueries.requesters()).hasSize(2);
            assertThat(requestQueries.waitingForMe())
                    .singleElement()
                    .satisfies(r -> assertThat(r.requesterUserId()).isEqualTo(second.userId()));
        });
    }

    private RequestCommand moveToLine(long amount) throws Exception {
        return move(plan, changeCount(), amount, Tier.FOUNDATION, "GOOGLE_ADS", Tier.EXPERIMENT, "LINE", MARCH);
    }

    private static Guardrails everyFounderAbove(long threshold) {
        Guardrails d = Guardrails.defaults();
        return new Guardrails(
                d.experimentCapPct(),
                d.maxPerExperiment(),
                d.minReservePct(),
                d.delegatedLimit(),
                MultiFounderPolicy.EVERY_FOUNDER,
                money(threshold),
                false);
    }

    private static Guardrails withDelegatedLimit(long limit) {
        Guardrails d = Guardrails.defaults();
        return new Guardrails(
                d.experimentCapPct(),
                d.maxPerExperiment(),
                d.minReservePct(),
                money(limit),
                d.multiFounderPolicy(),
                d.multiFounderThreshold(),
                false);
    }

    private static RequestCommand withAmount(RequestCommand command, BigDecimal amount) {
        return copy(command, amount, command.reason());
    }

    private static RequestCommand withReason(RequestCommand command, String reason) {
        return copy(command, command.amount(), reason);
    }

    private static RequestCommand copy(RequestCommand command, BigDecimal amount, String reason) {
        return new RequestCommand(
                command.planId(),
                command.expectedPlanChangeCount(),
                command.kind(),
                amount,
                command.fromTier(),
                command.fromChannelId(),
                command.fromMonths(),
                command.toTier(),
                command.toChannelId(),
                command.toMonths(),
                reason,
                command.evidenceLinks());
    }

    private RequestDetail submit(Person person, RequestCommand command) throws Exception {
        return companies.as(person, () -> requests.submit(command));
    }

    private RequestDetail approve(Person founder, RequestDetail request, String override) throws Exception {
        return companies.as(founder, () -> {
            RequestDetail fresh = requestQueries.detail(request.row().id());
            return requests.approve(fresh.row().id(), fresh.version(), fresh.planChangeCount(), override);
        });
    }

    private long changeCount() throws Exception {
        return budgets.changeCount(c.founder(), plan.id());
    }

    private long count() throws Exception {
        return companies.as(c.founder(), () -> requestQueries.count(RequestFilter.all()));
    }

    private BigDecimal lineMonth(Tier tier, String channel) throws Exception {
        PlanView view = companies.as(c.founder(), () -> planQueries.plan(plan.id()));
        return view.tier(tier).channels().stream()
                .filter(r -> r.channelId() == plan.channel(channel))
                .findFirst()
                .orElseThrow()
                .months()
                .get(2);
    }

    private List<String> actions() throws Exception {
        return companies.as(c.founder(), () -> audit.search(AuditFilter.none(), 0, 100)).stream()
                .map(AuditEntry::action)
                .toList();
    }

    private List<AuditEntry> auditOf(String action) throws Exception {
        return companies.as(c.founder(), () -> audit.search(new AuditFilter(null, null, null, action), 0, 100));
    }

    static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable action, String key) {
        assertThatThrownBy(action)
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(key);
    }
}
