package app.baton.shared.tenant;

/**
 * How a company's rows are chosen in the SQL Hibernate writes (decision 003): every tenant-owned entity carries
 * {@link #CONDITION} as its {@code @SQLRestriction}, so Hibernate adds it wherever the entity's table is read — a
 * query's root and joins, a load by id, a collection. The condition names the company through a variable of the
 * database connection, {@code @baton_tenant}, which {@link TenantConnections} sets to the session's company each time
 * a session takes a connection from the pool: the company's id, {@link TenantContext#SYSTEM} (0) for the root tenant,
 * who reads every company, or {@link TenantContext#NONE} (−1), which matches nothing. A connection on which it was
 * never set holds {@code NULL} there and matches nothing either.
 *
 * <p>Hibernate's own tenant filter ({@code @TenantId}) did this with a bound parameter, but a session with an enabled
 * filter keeps no query plan: every query of every page was translated to SQL again (a fifth of the dashboard's CPU,
 * decision 017). The text of this condition is the same for every company, so Hibernate keeps one plan per query and
 * the driver one parse per statement. MariaDB reads a user variable as a constant of the statement: for a company,
 * {@code @baton_tenant = 0} is false before any row is read and the index on {@code tenant_id} is used as for a
 * literal ({@code TenantStatementsIT} checks the plan on the database the suite runs on). {@code @TenantId} still fills the column on insert and adds
 * the company to every update and delete; its filter is turned off in the sessions Spring opens ({@link
 * TenantSessions}) and stays on in any other, where both apply.
 */
public final class TenantRestriction {

    /** The connection's variable that names the company of the session using it. */
    static final String VARIABLE = "@baton_tenant";

    /** The restriction each tenant-owned entity declares: {@code @SQLRestriction(TenantRestriction.CONDITION)}. */
    public static final String CONDITION = "(tenant_id = " + VARIABLE + " or " + VARIABLE + " = 0)";

    /** What sets the variable, with the company as its one parameter. */
    static final String SET = "set " + VARIABLE + " = ?";

    private TenantRestriction() {}
}
