package app.baton;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.shared.DomainException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;

/** Asserts that a service call is refused: for a missing right ({@code key} null) or with a message key. */
public final class Refusals {

    private Refusals() {}

    public static void assertRefused(ThrowingCallable action, @Nullable String key) {
        if (key == null) {
            assertThatThrownBy(action).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
            return;
        }
        assertThatThrownBy(action)
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(key);
    }
}
