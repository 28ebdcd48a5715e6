package app.baton.budgets;

import org.jspecify.annotations.Nullable;

/** Filters of the request list; {@code null} means any. */
public record RequestFilter(
        @Nullable RequestStatus status,
        @Nullable RequestKind kind,
        @Nullable Long requesterUserId) {

    public static RequestFilter all() {
        return new RequestFilter(null, null, null);
    }
}
