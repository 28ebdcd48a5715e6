package app.baton.selection;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A round as listed. */
public record RoundSummary(
        long id,
        String title,
        LocalDate start,
        LocalDate end,
        LocalDate deadline,
        RoundState state,
        boolean deadlinePassed,
        int candidates,
        int proposals,
        @Nullable CandidateState mine) {}
