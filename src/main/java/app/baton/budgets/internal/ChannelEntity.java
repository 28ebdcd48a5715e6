package app.baton.budgets.internal;

import app.baton.budgets.ChannelName;
import app.baton.shared.tenant.TenantRestriction;
import app.baton.shared.tenant.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/**
 * A marketing channel of one company. Default channels carry a code and are shown in the reader's language until
 * the company renames them; the company's own channels carry only a name.
 */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "budget_channel")
public class ChannelEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(length = 32)
    private @Nullable String code;

    @Column(length = ChannelName.MAX)
    private @Nullable String name;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.VARCHAR)
    @Column(name = "impact_kind", length = 16)
    private app.baton.budgets.@Nullable ChannelKind kind;

    @Version
    private long version;

    protected ChannelEntity() {}

    public ChannelEntity(@Nullable String code, @Nullable String name, int sortOrder) {
        this.code = code;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public @Nullable String code() {
        return code;
    }

    public @Nullable String name() {
        return name;
    }

    public boolean archived() {
        return archived;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    /** The kind set by the founder, else the default channel's by its code. */
    public app.baton.budgets.ChannelKind kind() {
        return kind != null ? kind : app.baton.budgets.ChannelKind.ofCode(code);
    }

    public void setKind(app.baton.budgets.ChannelKind kind) {
        this.kind = kind;
    }

    public void archive() {
        this.archived = true;
    }

    public void restore() {
        this.archived = false;
    }
}
