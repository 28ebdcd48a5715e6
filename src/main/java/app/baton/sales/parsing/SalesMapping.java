package app.baton.sales.parsing;

import app.baton.shared.DomainException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A company's own sales layout (issue 14): which of its headers holds which column, for an export none of the known
 * layouts recognises (a POS, an ERP, a shop system Baton does not know). One per company, owned by it alone: no other
 * company's mapping is ever tried on its files. Headers are kept normalised as the known layouts compare them.
 *
 * <p>An order mapping needs an order number, a time and a total; a daily mapping needs a date, orders and revenue.
 */
public record SalesMapping(Map<String, SalesColumn> columns) {

    /** The columns offered for mapping, in the order the form shows them. */
    public static final List<SalesColumn> OFFERED = List.of(
            SalesColumn.ORDER_ID,
            SalesColumn.PAID_AT,
            SalesColumn.CREATED_AT,
            SalesColumn.TOTAL,
            SalesColumn.REFUNDED,
            SalesColumn.ORDER_STATUS,
            SalesColumn.CURRENCY,
            SalesColumn.EMAIL,
            SalesColumn.PHONE,
            SalesColumn.CUSTOMER_ID,
            SalesColumn.NEW_FLAG,
            SalesColumn.UTM_SOURCE,
            SalesColumn.UTM_MEDIUM,
            SalesColumn.UTM_CAMPAIGN,
            SalesColumn.COUPON,
            SalesColumn.DATE,
            SalesColumn.CHANNEL,
            SalesColumn.ORDERS,
            SalesColumn.REVENUE,
            SalesColumn.NEW_CUSTOMERS);

    private static final Set<SalesColumn> DAILY_ONLY = EnumSet.of(
            SalesColumn.DATE, SalesColumn.CHANNEL, SalesColumn.ORDERS, SalesColumn.REVENUE, SalesColumn.NEW_CUSTOMERS);

    /**
     * Normalises the headers and checks the mapping can read a file. Refusals: {@code sales.mapping.duplicateField},
     * {@code sales.mapping.incomplete}, {@code sales.mapping.mixed} (order and daily columns together).
     */
    public SalesMapping {
        Map<String, SalesColumn> normalised = new LinkedHashMap<>();
        Set<SalesColumn> seen = EnumSet.noneOf(SalesColumn.class);
        columns.forEach((header, column) -> {
            String key = SalesColumn.normalise(header);
            if (key.isEmpty() || column == null) {
                return;
            }
            if (!OFFERED.contains(column)) {
                throw new DomainException("sales.mapping.incomplete");
            }
            if (!seen.add(column)) {
                throw new DomainException("sales.mapping.duplicateField", "sales.column." + column.name());
            }
            normalised.put(key, column);
        });
        boolean daily = seen.stream().anyMatch(DAILY_ONLY::contains);
        boolean orders = seen.stream().anyMatch(c -> !DAILY_ONLY.contains(c));
        if (daily && orders) {
            throw new DomainException("sales.mapping.mixed");
        }
        if (!(daily ? readsDaily(seen) : readsOrders(seen))) {
            throw new DomainException("sales.mapping.incomplete");
        }
        columns = Map.copyOf(normalised);
    }

    /** Whether it reads daily totals (otherwise orders). */
    public boolean daily() {
        return columns.containsValue(SalesColumn.DATE);
    }

    /** The mapping as stored: one {@code header<TAB>COLUMN} per line, in the header's normalised form. */
    public String encode() {
        StringBuilder out = new StringBuilder();
        columns.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .forEach(e -> out.append(e.getKey())
                        .append('\t')
                        .append(e.getValue().name())
                        .append('\n'));
        return out.toString();
    }

    /** The stored form read back; an empty text is no mapping. */
    public static @org.jspecify.annotations.Nullable SalesMapping decode(String text) {
        if (text.isBlank()) {
            return null;
        }
        Map<String, SalesColumn> columns = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                columns.put(
                        line.substring(0, tab),
                        SalesColumn.valueOf(line.substring(tab + 1).strip()));
            }
        }
        return new SalesMapping(columns);
    }

    static boolean readsOrders(Set<SalesColumn> found) {
        return found.contains(SalesColumn.ORDER_ID)
                && (found.contains(SalesColumn.PAID_AT) || found.contains(SalesColumn.CREATED_AT))
                && found.contains(SalesColumn.TOTAL);
    }

    static boolean readsDaily(Set<SalesColumn> found) {
        return found.contains(SalesColumn.DATE)
                && found.contains(SalesColumn.ORDERS)
                && found.contains(SalesColumn.REVENUE);
    }
}
