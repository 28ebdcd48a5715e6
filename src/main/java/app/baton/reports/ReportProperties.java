package app.baton.reports;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How agencies' reports are taken in, checked when the application starts.
 *
 * @param maxMegabytes {@code baton.reports.max-megabytes}: the largest file (and attachment) accepted
 * @param concurrentChecks {@code baton.reports.concurrent-checks}: files read and checked at once; 0 means half the
 *     processors (decision 017)
 * @param checkWait {@code baton.reports.check-wait}: how long an upload waits for its turn before it is told to retry
 */
@ConfigurationProperties("baton.reports")
@Validated
record ReportProperties(
        @DefaultValue("20") @Positive long maxMegabytes,
        @DefaultValue("0") @PositiveOrZero int concurrentChecks,
        @DefaultValue("2s") @NotNull Duration checkWait) {

    long maxBytes() {
        return maxMegabytes * 1024 * 1024;
    }
}
