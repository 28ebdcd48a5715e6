package app.baton.sales.parsing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The columns a sales file may have, each known by the headers the platforms write in Traditional Chinese and English.
 * Names, addresses and every other column are never read: they are dropped while parsing. E-mail, phone and the
 * platform's customer id are read only to make the customer's keyed hash.
 */
public enum SalesColumn {
    ORDER_ID("訂單號碼", "訂單編號", "訂單號", "訂單ID", "Order Number", "Order No", "Order ID"),
    PAID_AT("Paid at", "付款時間", "付款日期"),
    CREATED_AT("Created at", "訂單日期", "訂單時間", "下單時間", "下單日期", "訂購日期", "訂購時間", "建立時間", "成立時間", "Order Date"),
    TOTAL("Total", "訂單合計", "訂單總額", "訂單金額", "總金額", "實付金額", "結帳金額", "付款金額", "Order Total"),
    REFUNDED("Refunded Amount", "已退款金額", "退款金額"),
    FINANCIAL_STATUS("Financial Status", "付款狀態"),
    ORDER_STATUS("訂單狀態", "Order Status"),
    CANCELLED_AT("Cancelled at", "取消時間"),
    CURRENCY("Currency", "幣別", "幣值"),
    EMAIL("Email", "E-mail", "電郵", "電子郵件", "電子信箱", "顧客電郵", "會員Email"),
    PHONE("Phone", "電話號碼", "手機", "手機號碼", "顧客電話", "電話"),
    CUSTOMER_ID("Customer ID", "顧客ID", "顧客編號", "會員編號", "會員ID"),
    NEW_FLAG("新客", "是否新客", "首購", "新舊客", "New Customer"),
    UTM_SOURCE("utm_source", "UTM 來源", "來源 utm_source"),
    UTM_MEDIUM("utm_medium", "UTM 媒介", "媒介 utm_medium"),
    UTM_CAMPAIGN("utm_campaign", "UTM 活動", "活動 utm_campaign"),
    COUPON("Discount Code", "優惠券代碼", "優惠代碼", "優惠碼", "折扣碼", "Coupon Code", "Coupon"),
    SUBTOTAL("Subtotal", "訂單小計", "商品小計", "小計"),
    SHIPPING("Shipping", "運費"),
    TAXES("Taxes", "稅金", "稅額"),
    DISCOUNT("Discount Amount", "優惠折扣", "折扣金額"),
    // Baton's daily-totals template (POS and offline)
    DATE("date", "日期"),
    CHANNEL("channel", "store", "通路", "門市", "通路或門市"),
    ORDERS("orders", "訂單數", "交易筆數"),
    REVENUE("revenue", "營業額", "銷售額"),
    NEW_CUSTOMERS("new_customers", "新客數");

    private static final Map<String, SalesColumn> BY_HEADER = new HashMap<>();

    static {
        for (SalesColumn column : values()) {
            for (String header : column.headers) {
                BY_HEADER.put(normalise(header), column);
            }
        }
    }

    private final List<String> headers;

    SalesColumn(String... headers) {
        this.headers = List.of(headers);
    }

    /** The column a header names; Shopify's order number is headed just "Name", told by its neighbours. */
    static @Nullable SalesColumn of(String header, boolean shopify) {
        String key = normalise(header);
        if (shopify && key.equals("name")) {
            return ORDER_ID;
        }
        return BY_HEADER.get(key);
    }

    /** Case, spaces, underscores, hyphens and brackets do not tell headers apart. */
    static String normalise(String header) {
        StringBuilder out = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (!Character.isWhitespace(c) && "_-()（）:：\uFEFF".indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
