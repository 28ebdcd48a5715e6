package app.baton.approvals;

/** Above the founders' threshold, does one founder's yes suffice, or must every founder say yes? */
public enum MultiFounderPolicy {
    ANY_FOUNDER,
    EVERY_FOUNDER
}
