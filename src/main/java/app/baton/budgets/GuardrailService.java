package app.baton.budgets;

import app.baton.budgets.internal.GuardrailsEntity;
import app.baton.budgets.internal.GuardrailsRepository;
import app.baton.security.AccountDirectory;
import app.baton.security.AccountSummary;
import app.baton.security.CurrentUser;
import app.baton.shared.DomainException;
import app.baton.shared.Money;
import app.baton.shared.events.AuditSentence;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The founders' guardrails: everyone in the family sees them; only founders change them, always with a reason. */
@Service
public class GuardrailService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final GuardrailsRepository guardrails;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GuardrailService(
            GuardrailsRepository guardrails,
            AccountDirectory accounts,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.guardrails = guardrails;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The guardrails with who changed them last and when ({@code null}s while they are the defaults). */
    public record CurrentGuardrails(
            Guardrails values,
            String currency,
            @Nullable Instant updatedAt,
            @Nullable String updatedBy,
            long version) {}

    /** The current company's guardrails. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public CurrentGuardrails current() {
        String currency = currentUser.requireMembership().currency();
        return guardrails
                .findFirstBy()
                .map(g -> new CurrentGuardrails(
                        g.values(),
                        currency,
                        g.updatedAt(),
                        g.updatedByUserId() == null
                                ? null
                                : accounts.byId(g.updatedByUserId())
                                        .map(AccountSummary::displayName)
                                        .orElse(null),
                        g.version()))
                .orElseGet(() -> new CurrentGuardrails(Guardrails.defaults(), currency, null, null, -1));
    }

    /**
     * Changes the guardrails. Shares are percentages from 0 to 100; amounts are at the currency's scale and not
     * negative; the reason is required. {@code expectedVersion} is what the form showed (-1 for the defaults): a
     * form that is out of date is refused.
     */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public CurrentGuardrails update(long expectedVersion, Guardrails values, String reason) {
        if (reason.isBlank()) {
            throw new DomainException("guardrails.reasonRequired");
        }
        String currency = currentUser.requireMembership().currency();
        Guardrails clean = new Guardrails(
                percent(values.experimentCapPct()),
                values.maxPerExperiment() == null ? null : amount(values.maxPerExperiment(), currency),
                percent(values.minReservePct()),
                amount(values.delegatedLimit(), currency),
                values.multiFounderPolicy(),
                amount(values.multiFounderThreshold(), currency),
                values.successorsManageEngagements());
        GuardrailsEntity entity = guardrails.findFirstBy().orElse(null);
        long version = entity == null ? -1 : entity.version();
        if (version != expectedVersion) {
            throw new DomainException("guardrails.changed");
        }
        Guardrails before = entity == null ? Guardrails.defaults() : entity.values();
        Actor actor = Actor.of(currentUser);
        if (entity == null) {
            entity = new GuardrailsEntity(before);
        }
        entity.change(clean, actor.userId(), clock.instant());
        try {
            Saves.flush(guardrails, entity);
        } catch (DataIntegrityViolationException e) {
            // two founders changed the defaults for the first time at once: the other one's row won
            throw new DomainException("guardrails.changed");
        }
        published(actor, before, clean, reason.strip());
        return current();
    }

    /**
     * The experiment tier's cap set by the founder's rule (or its undo), for {@link AuthorityService}: the other
     * guardrails unchanged, audited like any change with {@code reason}.
     */
    void setExperimentCap(BigDecimal capPct, String reason) {
        GuardrailsEntity entity = guardrails.findFirstBy().orElse(null);
        Guardrails before = entity == null ? Guardrails.defaults() : entity.values();
        Guardrails after = new Guardrails(
                capPct,
                before.maxPerExperiment(),
                before.minReservePct(),
                before.delegatedLimit(),
                before.multiFounderPolicy(),
                before.multiFounderThreshold(),
                before.successorsManageEngagements());
        Actor actor = Actor.of(currentUser);
        if (entity == null) {
            entity = new GuardrailsEntity(before);
        }
        entity.change(after, actor.userId(), clock.instant());
        Saves.flush(guardrails, entity);
        published(actor, before, after, reason);
    }

    /** The change in the audit log: the values before and after, the reason, and the sentence people read. */
    private void published(Actor actor, Guardrails before, Guardrails after, String reason) {
        events.publishEvent(new BudgetEvents.GuardrailsChanged(
                actor.tenantId(),
                actor.userId(),
                actor.roleName(),
                describe(before) + " → " + describe(after),
                reason,
                AuditSentence.of(
                        "guardrails",
                        AuditSentence.text(
                                after.experimentCapPct().stripTrailingZeros().toPlainString() + " %"),
                        AuditSentence.text(
                                after.minReservePct().stripTrailingZeros().toPlainString() + " %"),
                        AuditSentence.money(
                                after.delegatedLimit(),
                                currentUser.requireMembership().currency()))));
    }

    /** The guardrails in force, for the other budget services. */
    Guardrails values() {
        return guardrails.findFirstBy().map(GuardrailsEntity::values).orElseGet(Guardrails::defaults);
    }

    private static BigDecimal percent(BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new DomainException("guardrails.percentRange");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new DomainException("guardrails.percentDecimals");
        }
        return value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private static BigDecimal amount(BigDecimal value, String currency) {
        if (value.signum() < 0) {
            throw new DomainException("money.negative");
        }
        return Money.exact(value, currency);
    }

    private static String describe(Guardrails g) {
        return "experimentCap " + g.experimentCapPct().stripTrailingZeros().toPlainString() + "%, maxPerExperiment "
                + (g.maxPerExperiment() == null
                        ? "-"
                        : g.maxPerExperiment().stripTrailingZeros().toPlainString())
                + ", minReserve " + g.minReservePct().stripTrailingZeros().toPlainString() + "%, delegatedLimit "
                + g.delegatedLimit().stripTrailingZeros().toPlainString() + ", " + g.multiFounderPolicy() + " > "
                + g.multiFounderThreshold().stripTrailingZeros().toPlainString() + ", successorsManageEngagements "
                + g.successorsManageEngagements();
    }
}
