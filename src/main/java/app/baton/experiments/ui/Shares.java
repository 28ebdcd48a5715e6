package app.baton.experiments.ui;

import app.baton.experiments.MetricKind;
import java.math.BigDecimal;

/** CR, CTR and ROI are stored as fractions (0.025) and typed and shown in percent (2.5). */
final class Shares {

    private Shares() {}

    static boolean percent(MetricKind kind) {
        return kind == MetricKind.CR || kind == MetricKind.CTR || kind == MetricKind.ROI;
    }

    static BigDecimal toShown(MetricKind kind, BigDecimal stored) {
        return percent(kind) ? stored.movePointRight(2).stripTrailingZeros() : stored.stripTrailingZeros();
    }

    static BigDecimal fromShown(MetricKind kind, BigDecimal shown) {
        return percent(kind) ? shown.movePointLeft(2) : shown;
    }
}
