package app.baton.budgets;

/** A plan is edited freely while DRAFT; once ACTIVE, amounts change only through approved requests. */
public enum PlanStatus {
    DRAFT,
    ACTIVE
}
