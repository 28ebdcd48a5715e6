package app.baton.audit;

import static app.baton.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.DatabaseTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.security.AccountService;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit log cannot be rewritten unseen, even from the database: on MySQL/MariaDB the app's own connection cannot
 * UPDATE or DELETE a row (triggers), and a row changed or deleted by someone who can get past them — here, by dropping
 * the trigger first, as a migration user with DDL rights could — breaks the company's hash chain at that row.
 */
class AuditChainIT extends DatabaseTestBase {

    @Autowired
    Companies companies;

    @Autowired
    AuditService audit;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    Company c;
    List<Long> ids;

    @BeforeEach
    void companyWithAHistory() throws Exception {
        c = companies.create("audit-chain");
        // a few more entries: profile changes, an invitation
        companies.run(c.founder(), () -> accounts.updateMyProfile("林志明", "zh-TW"));
        ids = jdbc.queryForList("select id from audit_event where tenant_id = ? order by id", Long.class, c.id());
        assertThat(ids).hasSizeGreaterThanOrEqualTo(1);
    }

    @Test
    void an_untouched_log_verifies_and_only_founders_may_ask() throws Exception {
        AuditService.ChainCheck check = companies.as(c.founder(), () -> audit.verify());
        assertThat(check.intact()).isTrue();
        assertThat(check.entries()).isEqualTo(ids.size());
        assertThat(companies.as(c.founder(), () -> audit.lastCheck()))
                .hasValueSatisfying(last -> assertThat(last.intact()).isTrue());
        assertRefused(() -> companies.as(c.successor(), () -> audit.verify()), null);
        assertRefused(() -> companies.as(c.vendor(), () -> audit.lastCheck()), null);
    }

    @Test
    void the_apps_own_connection_cannot_update_or_delete_an_audit_row() throws Exception {
        if (!mysqlFamily()) {
            return; // the triggers are MySQL/MariaDB's; the embedded H2 of development has none (decision 014)
        }
        long first = ids.getFirst();
        assertThatThrownBy(() -> jdbc.update("update audit_event set summary = 'rewritten' where id = ?", first))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", first))
                .hasMessageContaining("append-only");
        companies.as(c.founder(), () -> audit.verify());
        assertThatThrownBy(() -> jdbc.update("delete from audit_seal where tenant_id = ?", c.id()))
                .hasMessageContaining("append-only");
        assertThat(companies.as(c.founder(), () -> audit.verify()).intact()).isTrue();
    }

    @Test
    void a_row_changed_past_the_triggers_breaks_the_chain_there_and_other_companies_stay_intact() throws Exception {
        Company other = companies.create("audit-chain-other");
        companies.as(c.founder(), () -> audit.verify());
        companies.as(other.founder(), () -> audit.verify());
        long changed = ids.getLast();

        withoutTrigger(
                "audit_event_append_only_update",
                () -> jdbc.update("update audit_event set summary = 'nothing happened' where id = ?", changed));

        AuditService.ChainCheck check = companies.as(c.founder(), () -> audit.verify());
        assertThat(check.intact()).isFalse();
        assertThat(check.brokenEventId()).isEqualTo(changed);
        assertThat(check.brokenOccurredAt()).isNotNull();
        assertThat(companies
                        .as(c.founder(), () -> audit.lastCheck())
                        .orElseThrow()
                        .brokenEventId())
                .isEqualTo(changed);
        assertThat(companies.as(other.founder(), () -> audit.verify()).intact()).isTrue();
    }

    @Test
    void the_sentence_an_entry_is_shown_as_is_sealed_too() throws Exception {
        companies.as(c.founder(), () -> audit.verify());
        long told = jdbc.queryForObject(
                "select min(id) from audit_event where tenant_id = ? and sentence is not null", Long.class, c.id());
        withoutTrigger(
                "audit_event_append_only_update",
                () -> jdbc.update(
                        "update audit_event set sentence = 'company\u001ft:Someone else' where id = ?", told));
        assertThat(companies.as(c.founder(), () -> audit.verify()).brokenEventId())
                .isEqualTo(told);
    }

    @Test
    void a_row_deleted_past_the_triggers_is_reported_as_gone() throws Exception {
        companies.as(c.founder(), () -> audit.verify());
        long deleted = ids.getFirst();
        withoutTrigger(
                "audit_event_append_only_delete", () -> jdbc.update("delete from audit_event where id = ?", deleted));
        AuditService.ChainCheck check = companies.as(c.founder(), () -> audit.verify());
        assertThat(check.brokenEventId()).isEqualTo(deleted);
        assertThat(check.brokenOccurredAt()).isNull();
    }

    @Test
    void the_nightly_check_seals_and_checks_every_company() throws Exception {
        chain.checkAll();
        assertThat(companies.as(c.founder(), () -> audit.lastCheck()))
                .hasValueSatisfying(last -> assertThat(last.entries()).isEqualTo(ids.size()));
    }

    @Autowired
    AuditChain chain;

    /** What a database user with DDL rights could do: drop the trigger, change the row, put the trigger back. */
    private void withoutTrigger(String trigger, Runnable change) throws Exception {
        if (!mysqlFamily()) {
            change.run();
            return;
        }
        String definition = jdbc.queryForObject(
                "select action_statement from information_schema.triggers where trigger_schema = database()"
                        + " and trigger_name = ?",
                String.class,
                trigger);
        String timing = jdbc.queryForObject(
                "select concat(action_timing, ' ', event_manipulation, ' ON ', event_object_table)"
                        + " from information_schema.triggers where trigger_schema = database() and trigger_name = ?",
                String.class,
                trigger);
        jdbc.execute("DROP TRIGGER " + trigger);
        try {
            change.run();
        } finally {
            jdbc.execute("CREATE TRIGGER " + trigger + " " + timing + " FOR EACH ROW " + definition);
        }
    }

    private boolean mysqlFamily() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            return product.contains("mysql") || product.contains("mariadb");
        }
    }
}
