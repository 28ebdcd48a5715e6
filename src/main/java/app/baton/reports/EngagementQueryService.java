package app.baton.reports;

import app.baton.budgets.GuardrailService;
import app.baton.reports.internal.EngagementEntity;
import app.baton.reports.internal.EngagementRepository;
import app.baton.reports.internal.KpiTargetEntity;
import app.baton.reports.internal.KpiTargetRepository;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.security.MembershipRole;
import app.baton.shared.DomainException;
import app.baton.shared.ids.EngagementId;
import app.baton.shared.persistence.TransactionMemo;
import app.baton.shared.tenant.TenantContext;
import app.baton.tenancy.MembershipService;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engagements a person may see (外包合約): all of the company's for its own people, only their own agency's for an
 * agency's people — as {@link EngagementView}s, and as rows for this module's services. {@link EngagementService}
 * changes them.
 */
@Service
public class EngagementQueryService {

    private final EngagementRepository engagements;
    private final KpiTargetRepository targets;
    private final MembershipService memberships;
    private final GuardrailService guardrails;
    private final CurrentUser currentUser;

    EngagementQueryService(
            EngagementRepository engagements,
            KpiTargetRepository targets,
            MembershipService memberships,
            GuardrailService guardrails,
            CurrentUser currentUser) {
        this.engagements = engagements;
        this.targets = targets;
        this.memberships = memberships;
        this.guardrails = guardrails;
        this.currentUser = currentUser;
    }

    /** Whether the signed-in person may create and change engagements. */
    @PreAuthorize("isAuthenticated()")
    public boolean mayManage() {
        MembershipInfo membership = currentUser.requireMembership();
        return membership.role() == MembershipRole.FOUNDER
                || (membership.role() == MembershipRole.SUCCESSOR
                        && guardrails.current().values().successorsManageEngagements());
    }

    /** The engagements the signed-in person may see: all of the company's, or an agency's own. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR','VENDOR')")
    @Transactional(readOnly = true)
    public List<EngagementView> engagements() {
        // read once per read-only transaction: the dashboard's spend, report overview and waiting reviews all ask
        return TransactionMemo.get(
                new Visible(currentUser.requireMembership(), TenantContext.override()), () -> views(visibleEntities()));
    }

    /** Whose engagements {@link #engagements()} read: the key of its memo. */
    private record Visible(
            MembershipInfo membership, @Nullable Long tenantOverride) {}

    /** The company's engagements for its own people; an agency's people see only their agency's. */
    private List<EngagementEntity> visibleEntities() {
        MembershipInfo membership = currentUser.requireMembership();
        return membership.role() == MembershipRole.VENDOR
                ? engagements.findByVendorOrganisationIdOrderByStartDateDesc(
                        Objects.requireNonNull(membership.vendorOrganisationId()))
                : engagements.findAllByOrderByStartDateDesc();
    }

    /** What the review counts need of an engagement: its id and term, nothing that costs another query. */
    record Term(long id, LocalDate start, LocalDate end, int dueDay) {}

    /**
     * The terms of the engagements {@link #engagements()} lists, without agency names, targets or fee split: for the
     * counts made on every navigation (issue 16). Called inside a caller's secured, read-only transaction.
     */
    List<Term> terms() {
        return visibleEntities().stream()
                .map(e -> new Term(e.id(), e.startDate(), e.endDate(), e.dueDay()))
                .toList();
    }

    /** One engagement; another company's, or another agency's, is not found. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR','VENDOR')")
    @Transactional(readOnly = true)
    public EngagementView engagement(EngagementId id) {
        return engagement(id.value());
    }

    /** The same, for this module's own callers, which hold the plain id of a row they read. */
    EngagementView engagement(long id) {
        return views(List.of(visible(id))).get(0);
    }

    /** The engagement if the signed-in person may see it (package use: reports and the scorecard). */
    EngagementEntity visible(long id) {
        EngagementEntity engagement =
                engagements.findById(id).orElseThrow(() -> new DomainException("engagement.notFound"));
        MembershipInfo membership = currentUser.requireMembership();
        if (membership.role() == MembershipRole.VENDOR
                && !Objects.equals(membership.vendorOrganisationId(), engagement.vendorOrganisationId())) {
            throw new DomainException("engagement.notFound");
        }
        return engagement;
    }

    /**
     * Holds the engagement's row until the caller's transaction ends, so that its reports' uploads number their
     * versions one after another (the caller has already checked the engagement is visible).
     */
    void lockForUpload(long id) {
        engagements.lock(id);
    }

    List<KpiTargetEntity> targetsOf(long engagementId) {
        return targets.findByEngagementIdOrderByKpiAscTargetMonthAsc(engagementId);
    }

    private List<EngagementView> views(List<EngagementEntity> found) {
        Map<Long, String> agencies = memberships.agencyNames(found.stream()
                .map(EngagementEntity::vendorOrganisationId)
                .distinct()
                .toList());
        // the targets of every engagement in one query, not one per engagement
        Map<Long, List<KpiTargetEntity>> targetsById = found.isEmpty()
                ? Map.of()
                : targets
                        .findByEngagementIdInOrderByKpiAscTargetMonthAsc(
                                found.stream().map(EngagementEntity::id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(KpiTargetEntity::engagementId));
        return found.stream()
                .map(e -> new EngagementView(
                        e.id(),
                        e.vendorOrganisationId(),
                        agencies.getOrDefault(e.vendorOrganisationId(), ""),
                        e.title(),
                        channelIds(e.channelIds()),
                        e.deliverables(),
                        e.vendorDuties(),
                        e.inHouseDuties(),
                        e.monthlyFee(),
                        e.mediaSpendCap(),
                        e.startDate(),
                        e.endDate(),
                        e.dueDay(),
                        // the targets now; every period is in the history below
                        targetsById.getOrDefault(e.id(), List.of()).stream()
                                .filter(KpiTargetEntity::current)
                                .map(EngagementQueryService::target)
                                .toList(),
                        e.version(),
                        e.conversionKind(),
                        e.conversionDefinition(),
                        e.conversionSince(),
                        feeSplit(e.feeSplit()),
                        targetsById.getOrDefault(e.id(), List.of()).stream()
                                .map(t -> new TargetPeriod(target(t), t.inForceFrom(), t.replacedFrom()))
                                .toList(),
                        java.util.Collections.unmodifiableNavigableMap(e.earlierFees())))
                .toList();
    }

    private static EngagementTarget target(KpiTargetEntity t) {
        return new EngagementTarget(
                t.kpi(),
                t.targetMonth() == null ? null : YearMonth.from(t.targetMonth()),
                t.target().stripTrailingZeros());
    }

    /** The stored fee split ({@code id:percent,…}) as a map in channel order; empty for an even split. */
    static Map<Long, Integer> feeSplit(String text) {
        Map<Long, Integer> out = new LinkedHashMap<>();
        if (!text.isBlank()) {
            for (String part : text.split(",")) {
                int colon = part.indexOf(':');
                out.put(Long.valueOf(part.substring(0, colon)), Integer.valueOf(part.substring(colon + 1)));
            }
        }
        // unmodifiable: a view may be shared by the callers of one read-only transaction (TransactionMemo)
        return Collections.unmodifiableMap(out);
    }

    /** The stored channel ids ({@code 3,7}) as a list. */
    static List<Long> channelIds(String text) {
        return text.isBlank()
                ? List.of()
                : Arrays.stream(text.split(",")).map(Long::valueOf).toList();
    }
}
