package app.baton.reports.internal;

import app.baton.reports.EngagementKpi;
import app.baton.reports.EngagementTarget;
import app.baton.reports.Party;
import app.baton.reports.Responsibility;
import app.baton.reports.TermsState;
import app.baton.shared.TextLimits;
import app.baton.shared.tenant.TenantRestriction;
import app.baton.shared.tenant.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/**
 * One numbered version of an engagement's terms: what one side proposed, when and why, and each side's acceptance.
 * Targets are stored as {@code ROAS=3,CPA@2027-03=200}, responsibilities as {@code ASSETS=COMPANY,…}.
 */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "engagement_terms")
public class TermsEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "engagement_id", nullable = false, updatable = false)
    private long engagementId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TermsState state = TermsState.PROPOSED;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_side", nullable = false, length = 16, updatable = false)
    private Party proposedSide = Party.COMPANY;

    @Column(name = "proposed_by_user_id", nullable = false, updatable = false)
    private long proposedByUserId;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt = Instant.EPOCH;

    @Column(nullable = false, length = TextLimits.TEXT, updatable = false)
    private String reason = "";

    @Column(name = "monthly_fee", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal monthlyFee = BigDecimal.ZERO;

    @Column(name = "media_spend_cap", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal mediaSpendCap = BigDecimal.ZERO;

    @Column(nullable = false, length = TextLimits.TEXT, updatable = false)
    private String deliverables = "";

    @Column(name = "vendor_duties", nullable = false, length = TextLimits.TEXT, updatable = false)
    private String vendorDuties = "";

    @Column(name = "in_house_duties", nullable = false, length = TextLimits.TEXT, updatable = false)
    private String inHouseDuties = "";

    @Column(nullable = false, length = 1000, updatable = false)
    private String targets = "";

    /** A new end of the term (a renewal); empty: the term stays. */
    @Column(name = "term_end", updatable = false)
    private @Nullable LocalDate termEnd;

    @Column(nullable = false, length = 500, updatable = false)
    private String responsibilities = "";

    @Column(name = "internal_contact_user_id", updatable = false)
    private @Nullable Long internalContactUserId;

    @Column(name = "company_accepted_by_user_id")
    private @Nullable Long companyAcceptedBy;

    @Column(name = "company_accepted_at")
    private @Nullable Instant companyAcceptedAt;

    @Column(name = "agency_accepted_by_user_id")
    private @Nullable Long agencyAcceptedBy;

    @Column(name = "agency_accepted_at")
    private @Nullable Instant agencyAcceptedAt;

    @Column(name = "agreed_from")
    private @Nullable LocalDate agreedFrom;

    @Version
    @Column(nullable = false)
    private long version;

    protected TermsEntity() {}

    public TermsEntity(
            long engagementId,
            int number,
            Party proposedSide,
            long proposedByUserId,
            Instant proposedAt,
            String reason,
            BigDecimal monthlyFee,
            BigDecimal mediaSpendCap,
            String deliverables,
            String vendorDuties,
            String inHouseDuties,
            List<EngagementTarget> targets,
            Map<Responsibility, Party> responsibilities,
            @Nullable Long internalContactUserId,
            @Nullable LocalDate termEnd) {
        this.termEnd = termEnd;
        this.engagementId = engagementId;
        this.number = number;
        this.proposedSide = proposedSide;
        this.proposedByUserId = proposedByUserId;
        this.proposedAt = proposedAt;
        this.reason = reason;
        this.monthlyFee = monthlyFee;
        this.mediaSpendCap = mediaSpendCap;
        this.deliverables = deliverables;
        this.vendorDuties = vendorDuties;
        this.inHouseDuties = inHouseDuties;
        this.targets = targets.stream()
                .map(t -> t.kpi().name() + (t.month() == null ? "" : "@" + t.month()) + "="
                        + t.target().stripTrailingZeros().toPlainString())
                .sorted()
                .collect(Collectors.joining(","));
        this.responsibilities = responsibilities.entrySet().stream()
                .map(e -> e.getKey().name() + "=" + e.getValue().name())
                .collect(Collectors.joining(","));
        this.internalContactUserId = internalContactUserId;
    }

    public void acceptForCompany(long userId, Instant at) {
        this.companyAcceptedBy = userId;
        this.companyAcceptedAt = at;
    }

    public void acceptForAgency(long userId, Instant at) {
        this.agencyAcceptedBy = userId;
        this.agencyAcceptedAt = at;
    }

    /** Both sides accepted: the version holds from {@code month}. */
    public void agree(YearMonth month) {
        this.state = TermsState.AGREED;
        this.agreedFrom = month.atDay(1);
    }

    public void supersede() {
        this.state = TermsState.SUPERSEDED;
    }

    public boolean acceptedByBoth() {
        return companyAcceptedBy != null && agencyAcceptedBy != null;
    }

    public long id() {
        return java.util.Objects.requireNonNull(id, "not saved yet");
    }

    public long engagementId() {
        return engagementId;
    }

    public int number() {
        return number;
    }

    public TermsState state() {
        return state;
    }

    public Party proposedSide() {
        return proposedSide;
    }

    public long proposedByUserId() {
        return proposedByUserId;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public String reason() {
        return reason;
    }

    public BigDecimal monthlyFee() {
        return monthlyFee;
    }

    public BigDecimal mediaSpendCap() {
        return mediaSpendCap;
    }

    public String deliverables() {
        return deliverables;
    }

    public String vendorDuties() {
        return vendorDuties;
    }

    public String inHouseDuties() {
        return inHouseDuties;
    }

    public List<EngagementTarget> targets() {
        List<EngagementTarget> list = new ArrayList<>();
        if (!targets.isBlank()) {
            for (String part : targets.split(",")) {
                int eq = part.indexOf('=');
                String key = part.substring(0, eq);
                int at = key.indexOf('@');
                EngagementKpi kpi = EngagementKpi.valueOf(at < 0 ? key : key.substring(0, at));
                YearMonth month = at < 0 ? null : YearMonth.parse(key.substring(at + 1));
                list.add(new EngagementTarget(kpi, month, new BigDecimal(part.substring(eq + 1))));
            }
        }
        return list;
    }

    public Map<Responsibility, Party> responsibilities() {
        Map<Responsibility, Party> map = new EnumMap<>(Responsibility.class);
        if (!responsibilities.isBlank()) {
            for (String part : responsibilities.split(",")) {
                int eq = part.indexOf('=');
                map.put(Responsibility.valueOf(part.substring(0, eq)), Party.valueOf(part.substring(eq + 1)));
            }
        }
        return map;
    }

    public @Nullable LocalDate termEnd() {
        return termEnd;
    }

    public @Nullable Long internalContactUserId() {
        return internalContactUserId;
    }

    public @Nullable Long companyAcceptedBy() {
        return companyAcceptedBy;
    }

    public @Nullable Instant companyAcceptedAt() {
        return companyAcceptedAt;
    }

    public @Nullable Long agencyAcceptedBy() {
        return agencyAcceptedBy;
    }

    public @Nullable Instant agencyAcceptedAt() {
        return agencyAcceptedAt;
    }

    public @Nullable LocalDate agreedFrom() {
        return agreedFrom;
    }
}
