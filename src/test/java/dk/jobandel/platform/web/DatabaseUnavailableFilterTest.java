package dk.jobandel.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dk.jobandel.testsupport.TestDatabase;
import java.net.ServerSocket;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/**
 * How the filter tells a busy pool from a database that is gone, on real HikariCP pools: the distinction rests on what
 * HikariCP puts into its time-out, so it is checked against HikariCP itself rather than a hand-made exception.
 */
class DatabaseUnavailableFilterTest {

    static HikariDataSource pool(String url, String user, String password) {
        var config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(250);
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    @Test
    void everyConnectionInUseIsABusyPoolNotAMissingDatabase() throws Exception {
        assumeTrue(TestDatabase.MODE != TestDatabase.Mode.TESTCONTAINERS, "needs a database of its own");
        TestDatabase.Connection database = TestDatabase.newDatabase();
        try (HikariDataSource pool = pool(database.jdbcUrl(), database.username(), database.password());
                Connection taken = pool.getConnection()) {
            assertThat(taken.isValid(1)).isTrue();

            Throwable timeout = catchThrowable(pool::getConnection);

            assertThat(timeout).isNotNull();
            assertThat(DatabaseUnavailableFilter.poolBusy(timeout)).isTrue();
        }
    }

    @Test
    void noDatabaseBehindThePortIsNotABusyPool() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (HikariDataSource pool =
                pool("jdbc:postgresql://127.0.0.1:" + closedPort + "/jobandel", "jobandel", "secret")) {

            Throwable failure = catchThrowable(pool::getConnection);

            assertThat(failure).isNotNull();
            assertThat(DatabaseUnavailableFilter.poolBusy(failure)).isFalse();
            assertThat(DatabaseUnavailableFilter.databaseUnavailable(failure)).isTrue();
        }
    }
}
