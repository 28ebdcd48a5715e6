package app.baton.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Everything the version page shows. */
public record VersionDetail(
        VersionSummary summary,
        EngagementView engagement,
        boolean latest,
        EngagementKpi.Sums sums,
        Map<EngagementKpi, @Nullable BigDecimal> kpis,
        List<Attainment> attainment,
        List<FlagView> flags,
        List<MessageView> thread,
        List<AttachmentView> attachments,
        List<ChannelKpis.Row> channels,
        @Nullable String note,
        @Nullable String reviewedBy,
        @Nullable Instant reviewedAt,
        @Nullable String reviewReason,
        boolean mayReview,
        boolean mayAnswer,
        long version,
        @Nullable Integer layoutVersion,
        app.baton.shared.tables.@Nullable TextEncoding encoding,
        boolean encodingDetected,
        List<String> definitions,
        boolean rowsMissing) {}
