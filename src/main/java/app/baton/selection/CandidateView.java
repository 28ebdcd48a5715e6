package app.baton.selection;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A candidate: its proposal (null until sent), the scores the reader may see ({@code hiddenScores} others not
 * shown until the reader scores), and its past record with the company (null when it has none; never for an
 * agency reader).
 */
public record CandidateView(
        long id,
        long agencyId,
        String agencyName,
        CandidateState state,
        @Nullable ProposalView proposal,
        List<ScoreView> scores,
        int hiddenScores,
        @Nullable PastRecord past) {

    public @Nullable ScoreView myScore() {
        return scores.stream().filter(ScoreView::mine).findFirst().orElse(null);
    }
}
