package app.baton.reports.internal;

import app.baton.reports.EngagementKpi;
import app.baton.reports.MissCause;
import app.baton.reports.Party;
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
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/** A missed target's attribution, proposed by one side; attributing it again (another cause) asks both again. */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "target_miss")
public class MissEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "engagement_id", nullable = false, updatable = false)
    private long engagementId;

    @Column(name = "report_month", nullable = false, updatable = false)
    private LocalDate reportMonth = LocalDate.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private EngagementKpi kpi = EngagementKpi.ROAS;

    @Column(nullable = false, updatable = false)
    private boolean stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MissCause cause = MissCause.AGENCY;

    @Column(nullable = false, length = TextLimits.TEXT)
    private String note = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_side", nullable = false, length = 16)
    private Party proposedSide = Party.COMPANY;

    @Column(name = "proposed_by_user_id", nullable = false)
    private long proposedByUserId;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt = Instant.EPOCH;

    @Column(name = "company_accepted_by_user_id")
    private @Nullable Long companyAcceptedBy;

    @Column(name = "agency_accepted_by_user_id")
    private @Nullable Long agencyAcceptedBy;

    @Version
    @Column(nullable = false)
    private long version;

    protected MissEntity() {}

    public MissEntity(long engagementId, LocalDate reportMonth, EngagementKpi kpi, boolean stage) {
        this.engagementId = engagementId;
        this.reportMonth = reportMonth;
        this.kpi = kpi;
        this.stage = stage;
    }

    /** One side attributes (or attributes again): the other side's acceptance is asked anew. */
    public void attribute(MissCause cause, String note, Party side, long userId, Instant at) {
        this.cause = cause;
        this.note = note;
        this.proposedSide = side;
        this.proposedByUserId = userId;
        this.proposedAt = at;
        this.companyAcceptedBy = side == Party.COMPANY ? userId : null;
        this.agencyAcceptedBy = side == Party.AGENCY ? userId : null;
    }

    /** A successor's attribution waits for a founder's acceptance for the company. */
    public void withoutCompanyAcceptance() {
        this.companyAcceptedBy = null;
    }

    public void accept(Party side, long userId) {
        if (side == Party.AGENCY) {
            this.agencyAcceptedBy = userId;
        } else {
            this.companyAcceptedBy = userId;
        }
    }

    public long id() {
        return java.util.Objects.requireNonNull(id, "not saved yet");
    }

    public long engagementId() {
        return engagementId;
    }

    public LocalDate reportMonth() {
        return reportMonth;
    }

    public EngagementKpi kpi() {
        return kpi;
    }

    public boolean stage() {
        return stage;
    }

    public MissCause cause() {
        return cause;
    }

    public String note() {
        return note;
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

    public @Nullable Long companyAcceptedBy() {
        return companyAcceptedBy;
    }

    public @Nullable Long agencyAcceptedBy() {
        return agencyAcceptedBy;
    }

    public boolean agreed() {
        return companyAcceptedBy != null && agencyAcceptedBy != null;
    }
}
