package app.baton.selection.ui;

import app.baton.selection.CandidateState;
import app.baton.shared.ui.StatusBadge;

/** How the selection screens colour a candidate's state. */
final class SelectionLabels {

    private SelectionLabels() {}

    static StatusBadge.Tone tone(CandidateState state) {
        return switch (state) {
            case INVITED -> StatusBadge.Tone.NEUTRAL;
            case PROPOSED -> StatusBadge.Tone.INFO;
            case CHOSEN -> StatusBadge.Tone.SUCCESS;
            case NOT_CHOSEN -> StatusBadge.Tone.NEUTRAL;
        };
    }
}
