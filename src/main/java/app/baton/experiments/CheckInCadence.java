package app.baton.experiments;

import java.time.LocalDate;

/**
 * How often a running experiment reports (「定期…匯報」), chosen by the founder at approval. Translated as {@code
 * experiment.cadence.<NAME>}.
 */
public enum CheckInCadence {
    WEEKLY,
    BIWEEKLY,
    MONTHLY;

    /** The default when nobody chose: every two weeks. */
    public static final CheckInCadence DEFAULT = BIWEEKLY;

    /** The {@code n}-th check-in's due date (n from 1), counted from the start date. */
    public LocalDate due(LocalDate start, int n) {
        return switch (this) {
            case WEEKLY -> start.plusWeeks(n);
            case BIWEEKLY -> start.plusWeeks(2L * n);
            case MONTHLY -> start.plusMonths(n);
        };
    }
}
