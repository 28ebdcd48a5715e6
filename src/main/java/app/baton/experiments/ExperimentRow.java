package app.baton.experiments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An experiment in a list or on the board; {@code checkInDue}: a running experiment's next check-in, once its date
 * has come (today or past) and while the experiment has not ended, else null.
 */
public record ExperimentRow(
        long id,
        String title,
        long channelId,
        ExperimentMethod method,
        BigDecimal budget,
        String currency,
        LocalDate startDate,
        LocalDate endDate,
        ExperimentStatus status,
        long proposerUserId,
        String proposerName,
        List<Metric.Outcome> outcomes,
        @Nullable Conclusion conclusion,
        @Nullable LocalDate checkInDue) {}
