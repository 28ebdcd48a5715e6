package app.baton.budgets;

import app.baton.budgets.internal.BudgetPlanEntity;
import app.baton.budgets.internal.ChangeRequestEntity;
import app.baton.budgets.internal.ChangeRequestLineEntity;
import app.baton.security.CurrentUser;
import app.baton.shared.events.AuditSentence;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What the audit log and the notifications are told about a budget request, and the words they say it in: one
 * place for the request's sentence, its summary line and the cells a change applied. Called by
 * {@link BudgetRequestService} inside its transaction.
 */
@Component
class RequestAudit {

    private final ChannelService channels;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    RequestAudit(ChannelService channels, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.channels = channels;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** The change is in the plan: every cell before and after, then the request's decision. */
    void applied(Actor actor, ChangeRequestEntity request, BudgetPlanEntity plan, boolean delegated) {
        StringBuilder cells = new StringBuilder();
        for (ChangeRequestLineEntity line : request.lines()) {
            Cell cell = line.delta().cell();
            cells.append(cells.isEmpty() ? "" : "; ")
                    .append(cell.tier())
                    .append('/')
                    .append(cell.channelId())
                    .append('/')
                    .append(plan.firstMonth().plusMonths(cell.month()))
                    .append(' ')
                    .append(BudgetPlanService.plain(RequestReads.before(line)))
                    .append(" → ")
                    .append(BudgetPlanService.plain(RequestReads.after(line)));
        }
        events.publishEvent(new BudgetEvents.ChangeApplied(
                actor.tenantId(),
                actor.userId(),
                actor.roleName(),
                plan.id(),
                request.id(),
                "#" + request.id() + " " + cells,
                AuditSentence.of(
                        "changeApplied",
                        AuditSentence.text(Long.toString(request.id())),
                        AuditSentence.number(request.lines().size()),
                        AuditSentence.money(plan.totalBudget(), plan.currency()))));
        decided(
                actor,
                request,
                delegated ? RequestDecision.APPROVED_BY_DELEGATION : RequestDecision.APPROVED,
                describe(request, plan.currency()) + " · total " + BudgetPlanService.plain(plan.totalBudget()),
                request.overrideReason());
    }

    /** A decision on the request (approved, partly approved, rejected, withdrawn). */
    void decided(
            Actor actor, ChangeRequestEntity request, RequestDecision action, String summary, @Nullable String reason) {
        String currency = currentUser.requireMembership().currency();
        events.publishEvent(new BudgetEvents.RequestDecided(
                actor.tenantId(),
                actor.userId(),
                actor.roleName(),
                action,
                request.id(),
                request.requestedByUserId(),
                request.status(),
                summary,
                reason,
                sentence(request, currency)));
    }

    /**
     * The request as the audit log says it: what kind of change, how much, from where and to where, with tiers and
     * channels by their names (issue 15).
     */
    AuditSentence sentence(ChangeRequestEntity r, String currency) {
        List<String> args = new ArrayList<>(
                List.of(AuditSentence.text(Long.toString(r.id())), AuditSentence.money(r.amount(), currency)));
        if (r.fromTier() != null) {
            args.add(AuditSentence.label("tier." + r.fromTier()));
            args.add(channels.sentenceArg(r.fromChannelId()));
        }
        if (r.toTier() != null) {
            args.add(AuditSentence.label("tier." + r.toTier()));
            args.add(channels.sentenceArg(r.toChannelId()));
        }
        return new AuditSentence("request." + r.kind(), args);
    }

    /** The request in one line of plain text: kind, amount, from and to. */
    static String describe(ChangeRequestEntity r, String currency) {
        return "#" + r.id() + " " + r.kind() + " " + currency + " " + BudgetPlanService.plain(r.amount())
                + (r.fromTier() == null ? "" : " " + r.fromTier() + "/" + r.fromChannelId())
                + (r.toTier() == null ? "" : " → " + r.toTier() + "/" + r.toChannelId());
    }
}
