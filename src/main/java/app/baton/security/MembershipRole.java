package app.baton.security;

/** The one role a membership gives its user in one company. */
public enum MembershipRole {
    /** 創一代: owns the budget, approves, sets guardrails, manages members. */
    FOUNDER,
    /** 創二代: proposes experiments and budget changes. */
    SUCCESSOR,
    /** 外包商: an agency's person; sees only its own engagements. */
    VENDOR;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
