package app.baton.notifications;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of notification also sent by e-mail and LINE, each of which a person can turn off for each: items that
 * need them. Other notifications (answers, flags closed, experiments started) stay in the app.
 */
public enum MailKind {
    APPROVALS_WAITING(Set.of(
            "BUDGET_REQUEST_WAITING",
            "EXPERIMENT_SUBMITTED",
            "EXPERIMENT_RESULTS_SUBMITTED",
            "REPORT_SUBMITTED",
            "GOALS_DRAFTED",
            "PLAN_SIGNED",
            "SELECTION_INVITED",
            "SELECTION_PROPOSED",
            "TERMS_PROPOSED",
            "TERMS_ACCEPTED",
            "MISS_ATTRIBUTED",
            "RENEWAL_DUE")),
    DECISIONS(Set.of(
            "BUDGET_REQUEST_OUTCOME_APPROVED",
            "BUDGET_REQUEST_OUTCOME_APPROVED_BY_DELEGATION",
            "BUDGET_REQUEST_OUTCOME_PARTIALLY_APPROVED",
            "BUDGET_REQUEST_OUTCOME_REJECTED",
            "EXPERIMENT_APPROVED",
            "EXPERIMENT_PARTIALLY_APPROVED",
            "EXPERIMENT_REJECTED",
            "EXPERIMENT_CHANGES_REQUESTED",
            "REPORT_ACCEPTED",
            "REPORT_REJECTED",
            "AUTHORITY_SET",
            "AUTHORITY_RAISED_BY_RULE",
            "AUTHORITY_UNDONE",
            "GOALS_AGREED",
            "PLAN_AGREED",
            "SELECTION_CHOSEN",
            "SELECTION_NOT_CHOSEN",
            "TERMS_AGREED",
            "MISS_AGREED",
            "RENEWAL_RENEW",
            "RENEWAL_RETENDER",
            "RENEWAL_END",
            "RENEWAL_ENDED")),
    REPORT_DUE(Set.of("REPORT_DUE_SOON")),
    REPORT_LATE(Set.of("REPORT_LATE")),
    CLARIFICATION(Set.of("REPORT_CLARIFICATION_REQUESTED", "REPORT_QUESTION")),
    CHECK_IN_DUE(Set.of("EXPERIMENT_CHECK_IN_DUE", "EXPERIMENT_CHECK_IN_MISSED")),
    CRITICAL_FLAG(Set.of("REPORT_CRITICAL_FLAG"));

    private final Set<String> notificationKinds;

    MailKind(Set<String> notificationKinds) {
        this.notificationKinds = notificationKinds;
    }

    public Set<String> notificationKinds() {
        return notificationKinds;
    }

    /** The mail kind of a notification kind; empty when that notification is not mailed. */
    public static Optional<MailKind> of(String notificationKind) {
        return Arrays.stream(values())
                .filter(k -> k.notificationKinds.contains(notificationKind))
                .findFirst();
    }

    /** The kinds named in a stored comma-separated list (names no longer known are skipped). */
    static Set<MailKind> named(String names) {
        Set<MailKind> found = java.util.EnumSet.noneOf(MailKind.class);
        for (String name : names.split(",")) {
            Arrays.stream(values()).filter(k -> k.name().equals(name.strip())).forEach(found::add);
        }
        return found;
    }

    /** The stored list of the kinds not in {@code enabled}. */
    static String namesOfAllBut(Set<MailKind> enabled) {
        return Arrays.stream(values())
                .filter(k -> !enabled.contains(k))
                .map(Enum::name)
                .collect(java.util.stream.Collectors.joining(","));
    }

    /** Every notification kind that may be mailed. */
    public static Set<String> mailable() {
        return Arrays.stream(values())
                .flatMap(k -> k.notificationKinds.stream())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
