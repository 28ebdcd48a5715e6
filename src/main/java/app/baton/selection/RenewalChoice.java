package app.baton.selection;

/** What the renewal review decides for an engagement whose term ends soon. */
public enum RenewalChoice {
    /** New terms, with a later end, proposed to the agency (agreed as any terms). */
    RENEW,
    /** A selection round for the same need, the agency asked to propose again beside others. */
    RETENDER,
    /** The engagement ends with its term; the agency is told. */
    END
}
