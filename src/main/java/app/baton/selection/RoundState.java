package app.baton.selection;

/** Where a selection round is: taking proposals (then comparing them), or decided with an engagement. */
public enum RoundState {
    OPEN,
    DECIDED
}
