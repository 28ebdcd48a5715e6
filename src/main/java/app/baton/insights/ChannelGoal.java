package app.baton.insights;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One channel's own KPI targets in a goal sheet, where they differ from the company's (a brand channel is not held to
 * the ROAS of search ads): CAC, ROAS, ROI, CR and LTV:CAC, each optional — an empty one is the company's.
 */
public record ChannelGoal(
        long channelId,

        @Nullable @DecimalMin(value = "0", message = "goals.notNegative")
        BigDecimal cac,

        @Nullable @DecimalMin(value = "0", message = "goals.notNegative")
        BigDecimal roas,

        @Nullable @DecimalMin(value = "-100", message = "goals.percentRange")
        BigDecimal roiPct,

        @Nullable
        @DecimalMin(value = "0", message = "goals.percentRange")
        @DecimalMax(value = "100", message = "goals.percentRange")
        BigDecimal crPct,

        @Nullable @DecimalMin(value = "0", message = "goals.notNegative")
        BigDecimal ltvCac) {

    /** Whether it names no target at all (a row left empty in the form). */
    public boolean empty() {
        return cac == null && roas == null && roiPct == null && crPct == null && ltvCac == null;
    }
}
