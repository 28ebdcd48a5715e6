package app.baton.selection;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** One person's scores of a candidate. */
public record ScoreView(
        long scorerUserId,
        String scorerName,
        boolean mine,
        int expertise,
        int pastPerformance,
        int communication,
        int flexibility,
        int transparency,
        String note) {

    public BigDecimal average() {
        return BigDecimal.valueOf(expertise + pastPerformance + communication + flexibility + transparency)
                .divide(BigDecimal.valueOf(5), 1, RoundingMode.HALF_UP);
    }
}
