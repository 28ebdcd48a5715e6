package app.baton.reports;

/** Who an engagement's responsibility or a proposal of terms belongs to: the company, the agency, or both. */
public enum Party {
    COMPANY,
    AGENCY,
    BOTH
}
