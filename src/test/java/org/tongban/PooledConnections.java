package org.tongban;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Closes every connection of the application's pool and waits until the database has seen each of their
 * sessions end, so that what follows runs on connections opened afterwards. H2 2.4.240 broke exactly there:
 * a check constraint kept the session that created it (Flyway's pooled connection) and failed every write
 * once that session was closed.
 */
public final class PooledConnections {

    private final HikariDataSource pool;
    private final JdbcClient jdbc;

    public PooledConnections(DataSource dataSource, JdbcClient jdbc) throws SQLException {
        this.pool = dataSource.unwrap(HikariDataSource.class);
        this.jdbc = jdbc;
    }

    /** Closes every pooled connection, the ones in use as soon as they are returned, and waits until all are gone. */
    public void closeAllAndAwait() throws SQLException, InterruptedException {
        Set<String> before = sessionsInPool();
        pool.getHikariPoolMXBean().softEvictConnections();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Set<String> left = new HashSet<>(before);
        while (System.nanoTime() < deadline) {
            left.retainAll(openSessions());
            if (left.isEmpty()) {
                return;
            }
            Thread.sleep(20);
        }
        assertThat(left).as("sessions of evicted pooled connections still open").isEmpty();
    }

    /** The database sessions of the connections the pool holds now: borrowed all at once so each is seen. */
    private Set<String> sessionsInPool() throws SQLException {
        List<Connection> borrowed = new ArrayList<>();
        Set<String> sessions = new HashSet<>();
        try {
            int held = Math.max(1, pool.getHikariPoolMXBean().getIdleConnections());
            for (int i = 0; i < held; i++) {
                Connection connection = pool.getConnection();
                borrowed.add(connection);
                try (var statement = connection.createStatement();
                        var result = statement.executeQuery(TestDatabase.isPostgres()
                                ? "select pg_backend_pid()" : "select session_id()")) {
                    result.next();
                    sessions.add(result.getString(1));
                }
            }
        } finally {
            for (Connection connection : borrowed) {
                connection.close();
            }
        }
        return sessions;
    }

    private Set<String> openSessions() {
        return new HashSet<>(jdbc.sql(TestDatabase.isPostgres()
                        ? "select cast(pid as varchar) from pg_stat_activity"
                        : "select cast(session_id as varchar) from information_schema.sessions")
                .query(String.class).list());
    }
}
