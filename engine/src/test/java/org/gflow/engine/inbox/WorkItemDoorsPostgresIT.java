package org.gflow.engine.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.gflow.engine.testing.MigratedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The inbox's doors on a real PostgreSQL, the scale backend, after its own run of the migrations. */
class WorkItemDoorsPostgresIT extends WorkItemDoorsContract {

    @RegisterExtension
    static final MigratedDatabase DATABASE = MigratedDatabase.postgres();

    @Override
    DataSource dataSource() {
        return DATABASE.dataSource();
    }

    /**
     * Each door is read through its index, with the values bound as the engine binds them. With
     * sequential scans disabled PostgreSQL still reads a whole table when no index can answer, so a
     * plan without one shows every door has an index that serves it, however few rows this test holds.
     */
    @Test
    void aPageReadsEveryDoorThroughAnIndex() throws Exception {
        TaskListRequest request = new TaskListRequest(null, null, null, null, null, null, null, null, 0, 20, null);
        WorkItemQuery.Statement page = request.toQuery(NALINH, START).keys(0, 20);
        List<String> plan = new ArrayList<>();
        try (Connection connection = dataSource().getConnection()) {
            try (Statement settings = connection.createStatement()) {
                settings.execute("set enable_seqscan = off");
            }
            try (PreparedStatement explain = connection.prepareStatement("explain " + page.sql())) {
                for (int n = 0; n < page.parameters().length; n++) {
                    explain.setObject(n + 1, page.parameters()[n]);
                }
                try (ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                        plan.add(rows.getString(1));
                    }
                }
            } finally {
                try (Statement settings = connection.createStatement()) {
                    settings.execute("reset enable_seqscan");
                }
            }
        }
        assertThat(String.join("\n", plan))
                .contains("gflow_work_item_party_created")
                .doesNotContain("Seq Scan");
    }
}
