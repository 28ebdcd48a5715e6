package app.baton.selection;

/** Where a candidate agency is in a round. */
public enum CandidateState {
    /** Asked to propose; nothing sent yet. */
    INVITED,
    /** Its proposal is in. */
    PROPOSED,
    /** Its proposal became the engagement. */
    CHOSEN,
    /** Another proposal was chosen; told so. */
    NOT_CHOSEN
}
