package app.baton.demo;

import app.baton.security.AccountSummary;
import app.baton.security.BatonUser;
import app.baton.security.MembershipDirectory;
import app.baton.security.MembershipInfo;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs demo seeding as one person in one company, through the same secured services people use. */
final class DemoActor {

    private DemoActor() {}

    static <T> T as(MembershipDirectory memberships, AccountSummary person, long tenantId, Supplier<T> work) {
        MembershipInfo membership = memberships.membershipsOf(person.userId()).stream()
                .filter(m -> m.tenantId() == tenantId)
                .findFirst()
                .orElseThrow();
        BatonUser user = new BatonUser(
                person.userId(), person.email(), person.displayName(), person.languageTag(), null, true, membership);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
