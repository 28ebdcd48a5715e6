package app.baton.insights.internal;

import app.baton.insights.ChannelGoal;
import app.baton.shared.tenant.TenantRestriction;
import app.baton.shared.tenant.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/** One channel's own KPI targets in one goal sheet version, written with the version and never changed. */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "goal_channel_target")
public class GoalChannelTargetEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "goal_sheet_id", nullable = false, updatable = false)
    private @Nullable GoalSheetEntity sheet;

    @Column(name = "channel_id", nullable = false, updatable = false)
    private long channelId;

    @Column(precision = 19, scale = 4, updatable = false)
    private @Nullable BigDecimal cac;

    @Column(precision = 19, scale = 4, updatable = false)
    private @Nullable BigDecimal roas;

    @Column(name = "roi_pct", precision = 9, scale = 2, updatable = false)
    private @Nullable BigDecimal roiPct;

    @Column(name = "cr_pct", precision = 5, scale = 2, updatable = false)
    private @Nullable BigDecimal crPct;

    @Column(name = "ltv_cac", precision = 9, scale = 2, updatable = false)
    private @Nullable BigDecimal ltvCac;

    protected GoalChannelTargetEntity() {}

    GoalChannelTargetEntity(GoalSheetEntity sheet, ChannelGoal goal) {
        this.sheet = sheet;
        this.channelId = goal.channelId();
        this.cac = goal.cac();
        this.roas = goal.roas();
        this.roiPct = goal.roiPct();
        this.crPct = goal.crPct();
        this.ltvCac = goal.ltvCac();
    }

    ChannelGoal goal() {
        return new ChannelGoal(channelId, plain(cac), plain(roas), plain(roiPct), plain(crPct), plain(ltvCac));
    }

    /** A figure as it was typed: 1.5, not the column's 1.5000. */
    private static @Nullable BigDecimal plain(@Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
