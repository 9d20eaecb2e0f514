package org.convolve.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresSupportTest {

    @RegisterExtension
    static final PostgresSupport postgres = new PostgresSupport();

    @Test
    void runsAQuery() throws SQLException {
        try (Connection connection = postgres.connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select 1")) {
            assertTrue(result.next());
            assertEquals(1, result.getInt(1));
        }
    }

    @Test
    void connectionsUseTheIsolatedSchema() throws SQLException {
        try (Connection connection = postgres.connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select current_schema()")) {
            assertTrue(result.next());
            assertEquals(postgres.schema(), result.getString(1));
            assertNotEquals("public", postgres.schema());
        }
    }

    @Test
    void createsAndDropsATableInsideTheSchema() throws SQLException {
        try (Connection connection = postgres.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create table widget (id int primary key, name text not null)");
            statement.execute("insert into widget values (7, 'kernel')");
            try (ResultSet result = statement.executeQuery("select name from widget where id = 7")) {
                assertTrue(result.next());
                assertEquals("kernel", result.getString(1));
            }
            assertTrue(tableExists(connection, postgres.schema(), "widget"));

            statement.execute("drop table widget");

            assertFalse(tableExists(connection, postgres.schema(), "widget"));
        }
    }

    @Test
    void dropSchemaRemovesTheSchemaAndItsTables() throws SQLException {
        PostgresSupport other = new PostgresSupport();
        other.createSchema();
        String otherSchema = other.schema();
        try (Connection connection = other.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create table leftover (id int)");
        }
        assertNotEquals(postgres.schema(), otherSchema);

        other.dropSchema();

        try (Connection connection = postgres.connect()) {
            assertFalse(schemaExists(connection, otherSchema));
            assertTrue(schemaExists(connection, postgres.schema()));
        }
    }

    private static boolean tableExists(Connection connection, String schema, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select 1 from information_schema.tables where table_schema = ? and table_name = ?")) {
            query.setString(1, schema);
            query.setString(2, table);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }

    private static boolean schemaExists(Connection connection, String schema) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select 1 from information_schema.schemata where schema_name = ?")) {
            query.setString(1, schema);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }
}
