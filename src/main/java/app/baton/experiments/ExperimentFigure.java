package app.baton.experiments;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An experiment's money and dates, for the dashboard and the monthly review (no metrics loaded). */
public record ExperimentFigure(
        long id,
        String title,
        long channelId,
        ExperimentStatus status,
        BigDecimal budget,
        @Nullable BigDecimal actualSpend,
        LocalDate startDate,
        LocalDate endDate,
        long proposerUserId) {}
