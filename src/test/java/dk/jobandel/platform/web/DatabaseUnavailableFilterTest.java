package dk.jobandel.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * How the filter tells a busy pool from a database that is gone, on real HikariCP pools: the distinction rests on what
 * HikariCP puts into its time-out, so it is checked against HikariCP itself rather than a hand-made exception. The busy
 * pool's connections come from a stand-in database that always answers; the other pool points at a closed port.
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

    /**
     * A database that always answers: every connection it hands out is healthy. HikariCP's busy-pool behaviour does not
     * depend on PostgreSQL, so this runs wherever the tests run (with Testcontainers too).
     */
    static DataSource alwaysAnswering() {
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (source, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return Proxy.newProxyInstance(
                                Connection.class.getClassLoader(),
                                new Class<?>[] {Connection.class},
                                (connection, call, callArgs) -> defaultOf(call.getName(), call.getReturnType()));
                    }
                    return defaultOf(method.getName(), method.getReturnType());
                });
    }

    private static @Nullable Object defaultOf(String name, Class<?> type) {
        if (type == boolean.class) {
            return name.equals("isValid") || name.equals("getAutoCommit");
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        return null;
    }

    @Test
    void everyConnectionInUseIsABusyPoolNotAMissingDatabase() throws Exception {
        var config = new HikariConfig();
        config.setDataSource(alwaysAnswering());
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(250);
        try (var pool = new HikariDataSource(config);
                Connection taken = pool.getConnection()) {
            assertThat(taken.isValid(1)).isTrue();

            Throwable timeout = catchThrowable(pool::getConnection);

            assertThat(timeout).isInstanceOf(SQLTransientConnectionException.class);
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
