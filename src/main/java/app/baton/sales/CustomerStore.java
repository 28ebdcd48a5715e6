package app.baton.sales;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The company's customers as keyed hashes with the day of their first order, written in batches (a large shop's year
 * has hundreds of thousands): raw SQL that names the tenant in every statement (decision 003; SalesIsolationIT).
 */
@Component
class CustomerStore {

    private static final int BATCH = 5_000;

    private final JdbcTemplate jdbc;

    CustomerStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every known customer of {@code tenantId}: key → first order day. */
    Map<String, LocalDate> known(long tenantId) {
        Map<String, LocalDate> known = new HashMap<>();
        jdbc.query(
                "select customer_key, first_order_day from sales_customer where tenant_id = ?",
                rs -> {
                    known.put(rs.getString(1), rs.getDate(2).toLocalDate());
                },
                tenantId);
        return known;
    }

    /** Learns first orders: new keys inserted, earlier first days of known keys updated. */
    void learn(long tenantId, Map<String, LocalDate> firstOrders, Map<String, LocalDate> known) {
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        firstOrders.forEach((key, day) -> {
            if (known.containsKey(key)) {
                updates.add(new Object[] {day, tenantId, key});
            } else {
                inserts.add(new Object[] {tenantId, key, day});
            }
        });
        for (int i = 0; i < inserts.size(); i += BATCH) {
            jdbc.batchUpdate(
                    "insert into sales_customer (tenant_id, customer_key, first_order_day) values (?, ?, ?)",
                    inserts.subList(i, Math.min(inserts.size(), i + BATCH)));
        }
        for (int i = 0; i < updates.size(); i += BATCH) {
            jdbc.batchUpdate(
                    "update sales_customer set first_order_day = ? where tenant_id = ? and customer_key = ?",
                    updates.subList(i, Math.min(updates.size(), i + BATCH)));
        }
    }

    /** How many customers {@code tenantId} has (for the page and the tests). */
    long count(long tenantId) {
        Long n = jdbc.queryForObject("select count(*) from sales_customer where tenant_id = ?", Long.class, tenantId);
        return n == null ? 0 : n;
    }
}
