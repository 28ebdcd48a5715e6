package app.baton.sales.parsing;

/** How a sales file was read, told by its header. */
public enum SalesLayout {
    /** Shopify's orders export: one row per line item, an order's later rows with blank order fields. */
    SHOPIFY,
    /** SHOPLINE's 訂單報表: columns chosen and ordered by the merchant, 訂單號碼 always present. */
    SHOPLINE,
    /** Another order export (91APP, CYBERBIZ and the like) whose headers name an order number, a time and a total. */
    ORDERS,
    /** Baton's template for POS and offline daily totals: date, channel or store, orders, revenue, new customers. */
    DAILY,
    /** An order export read by the company's own column mapping. */
    MAPPED_ORDERS,
    /** Daily totals read by the company's own column mapping (a POS or accounting export). */
    MAPPED_DAILY;

    /** Whether it holds daily totals (stores, POS) rather than orders: the two are sources that add up. */
    public boolean daily() {
        return this == DAILY || this == MAPPED_DAILY;
    }
}
