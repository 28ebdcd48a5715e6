package app.baton.shell;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The capacity measurement, on only when its file is named (decision 017).
 *
 * @param requestCpuFile {@code baton.capacity.request-cpu-file}: where each request's processor time is written
 */
@ConfigurationProperties("baton.capacity")
record CapacityProperties(@Nullable String requestCpuFile) {}
