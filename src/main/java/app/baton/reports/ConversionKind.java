package app.baton.reports;

/**
 * What an engagement's "conversions" are (decision 015): 「一個轉換是填寫了聯絡表單，還是真正完成了一筆訂單？」. Purchases
 * enter CAC, CPA per purchase, ROAS, ROI, CLTV and the reconciliation with the company's orders; leads (a form, a LINE
 * friend, a sign-up) have their own cost per lead and never count as orders.
 */
public enum ConversionKind {
    PURCHASE,
    LEAD
}
