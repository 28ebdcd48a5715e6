package app.baton.sales.internal;

import app.baton.shared.tenant.TenantRestriction;
import app.baton.shared.tenant.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/** One day's figures of one channel in a sales upload (the empty code: orders no UTM tag attributes). Read-only. */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "sales_day")
public class SalesDayEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "sales_upload_id", nullable = false, updatable = false)
    private long uploadId;

    // "day" is a keyword in H2
    @Column(name = "sales_date", nullable = false, updatable = false)
    private LocalDate day = LocalDate.EPOCH;

    @Column(name = "channel_code", nullable = false, updatable = false, length = 40)
    private String channelCode = "";

    @Column(nullable = false, updatable = false)
    private int orders;

    @Column(nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal revenue = BigDecimal.ZERO;

    @Column(name = "new_customers", nullable = false, updatable = false)
    private int newCustomers;

    protected SalesDayEntity() {}

    public SalesDayEntity(
            long uploadId, LocalDate day, String channelCode, int orders, BigDecimal revenue, int newCustomers) {
        this.uploadId = uploadId;
        this.day = day;
        this.channelCode = channelCode;
        this.orders = orders;
        this.revenue = revenue;
        this.newCustomers = newCustomers;
    }

    public long uploadId() {
        return uploadId;
    }

    public LocalDate day() {
        return day;
    }

    public String channelCode() {
        return channelCode;
    }

    public int orders() {
        return orders;
    }

    public BigDecimal revenue() {
        return revenue;
    }

    public int newCustomers() {
        return newCustomers;
    }
}
