package app.baton.approvals;

import java.math.BigDecimal;

/**
 * What one successor may move without a founder: up to {@code perRequest} in one request, and up to {@code monthly}
 * in all requests approved this way in one calendar month, of which {@code usedThisMonth} is already taken. The
 * monthly total is what stops a large move from being split into small ones.
 */
public record DelegatedAuthority(BigDecimal perRequest, BigDecimal monthly, BigDecimal usedThisMonth) {

    /** Nothing delegated: every request waits for a founder. */
    public static DelegatedAuthority none() {
        return new DelegatedAuthority(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** Whether {@code amount} fits: a limit above zero, at or under the per-request limit and the month's rest. */
    public boolean covers(BigDecimal amount) {
        return perRequest.signum() > 0 && amount.compareTo(perRequest) <= 0 && amount.compareTo(leftThisMonth()) <= 0;
    }

    /** Whether {@code amount} is within the per-request limit but over what is left of the month. */
    public boolean monthSpentFor(BigDecimal amount) {
        return perRequest.signum() > 0 && amount.compareTo(perRequest) <= 0 && amount.compareTo(leftThisMonth()) > 0;
    }

    /** What may still be approved by delegation this month (never below zero). */
    public BigDecimal leftThisMonth() {
        return monthly.subtract(usedThisMonth).max(BigDecimal.ZERO);
    }
}
