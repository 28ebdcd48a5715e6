package app.baton.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down whoever guesses passwords, without locking the real person out. Every sign-in attempt ({@code POST
 * /login}) takes a token from two buckets (Bucket4j): one per client address (30 at once, then 3 a minute) and one per
 * account and client (5 at once, then 1 a minute); a successful sign-in gives its tokens back, so only failures
 * count. A stranger who guesses at a founder's password only empties their
 * own buckets — the founder, signing in from their own phone, has full ones. An empty bucket answers with the same
 * redirect whether the account exists or not ({@code /login?throttled=<seconds>}). The buckets live in this replica's
 * memory (bounded, forgotten after an hour idle): with several replicas a stranger gets each replica's allowance.
 */
final class SignInThrottle extends OncePerRequestFilter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterAccess(Duration.ofHours(1))
            .build();
    private final TimeMeter time;
    private final int perClient;
    private final int perAccount;

    /** {@code perClient} and {@code perAccount}: attempts at once; then a tenth of the first a minute, one a minute. */
    SignInThrottle(Clock clock, int perClient, int perAccount) {
        this.perClient = perClient;
        this.perAccount = perAccount;
        // the application's clock, so that tests move time instead of waiting for it
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/login"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = request.getRemoteAddr();
        String account = Emails.normalise(String.valueOf(request.getParameter("username")))
                .toLowerCase(Locale.ROOT);
        String clientKey = "client:" + client;
        String accountKey = "account:" + account + "|" + client;
        long waitNanos = Math.max(take(clientKey, this::perClient), take(accountKey, this::perAccount));
        if (waitNanos > 0) {
            long seconds = Math.max(1, Duration.ofNanos(waitNanos).toSeconds() + 1);
            response.sendRedirect(request.getContextPath() + "/login?throttled=" + seconds);
            return;
        }
        chain.doFilter(request, response);
        if (signedIn()) {
            // only failures count: the real person signing in, however often, never slows themselves down
            refund(clientKey);
            refund(accountKey);
        }
    }

    private static boolean signedIn() {
        org.springframework.security.core.Authentication authentication =
                org.springframework.security.core.context.SecurityContextHolder.getContext()
                        .getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof BatonUser;
    }

    private void refund(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket != null) {
            bucket.addTokens(1);
        }
    }

    /** 0 when a token was taken, else how long until one is there. */
    private long take(String key, java.util.function.Supplier<Bucket> make) {
        ConsumptionProbe probe = buckets.get(key, k -> make.get()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : probe.getNanosToWaitForRefill();
    }

    private Bucket perClient() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(perClient)
                        .refillGreedy(Math.max(1, perClient / 10), Duration.ofMinutes(1))
                        .build())
                .withCustomTimePrecision(time)
                .build();
    }

    private Bucket perAccount() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(perAccount)
                        .refillGreedy(1, Duration.ofMinutes(1))
                        .build())
                .withCustomTimePrecision(time)
                .build();
    }
}
