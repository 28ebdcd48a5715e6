package app.baton.shared;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.DatabaseTestBase;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every tenant-owned table has tenant_id, and every index on it (but the primary key) starts with tenant_id. */
class SchemaIT extends DatabaseTestBase {

    private static final Set<String> TENANT_TABLES = Set.of(
            "membership",
            "invitation",
            "api_token",
            "audit_event",
            "vendor_engagement",
            "engagement_kpi_target",
            "report_version",
            "report_attachment",
            "report_flag",
            "report_message",
            "vendor_rating",
            "report_channel_sum",
            "kpi_settings",
            "review_meeting",
            "meeting_decision",
            "meeting_attendee",
            "report_reminder",
            "line_channel",
            "line_link",
            "line_link_code",
            "line_delivery",
            "line_webhook_event");

    @Autowired
    DataSource dataSource;

    @Test
    void every_index_on_a_tenant_table_starts_with_tenant_id() throws Exception {
        Set<String> found = new TreeSet<>();
        List<String> offending = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet columns = meta.getColumns(connection.getCatalog(), null, "%", "%")) {
                while (columns.next()) {
                    if ("tenant_id".equalsIgnoreCase(columns.getString("COLUMN_NAME"))) {
                        found.add(columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            for (String table : found) {
                Map<String, String> firstColumn = new HashMap<>();
                for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
                    try (ResultSet indexes = meta.getIndexInfo(connection.getCatalog(), null, name, false, false)) {
                        while (indexes.next()) {
                            String index = indexes.getString("INDEX_NAME");
                            if (index == null || indexes.getShort("ORDINAL_POSITION") != 1) {
                                continue;
                            }
                            firstColumn.put(index, indexes.getString("COLUMN_NAME"));
                        }
                    }
                }
                firstColumn.forEach((index, column) -> {
                    boolean primary = index.equalsIgnoreCase("PRIMARY")
                            || index.toUpperCase(Locale.ROOT).startsWith("PRIMARY_KEY");
                    if (!primary && !"tenant_id".equalsIgnoreCase(column)) {
                        offending.add(table + "." + index + " starts with " + column);
                    }
                });
            }
        }
        assertThat(found).containsAll(TENANT_TABLES);
        assertThat(offending).isEmpty();
    }
}
