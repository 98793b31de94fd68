package dk.jobandel.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;

/**
 * Which PostgreSQL the tests use, decided once per test JVM:
 *
 * <ul>
 *   <li>{@code JOBANDEL_TEST_DB_URL} (with {@code JOBANDEL_TEST_DB_USER}/{@code _PASSWORD}): that database;
 *   <li>{@code JOBANDEL_TEST_DB=testcontainers} or {@code embedded}: that mode;
 *   <li>otherwise Testcontainers when a Docker engine answers, else an embedded PostgreSQL (real
 *       PostgreSQL binaries, no Docker needed).
 * </ul>
 *
 * With the embedded server every Spring test context gets a database of its own, so contexts never see
 * each other's data.
 */
public final class TestDatabase {

    public enum Mode {
        TESTCONTAINERS,
        EMBEDDED,
        GIVEN_URL
    }

    public static final Mode MODE = decideMode();

    private static final AtomicInteger databases = new AtomicInteger();
    private static volatile EmbeddedPostgres embedded;

    private TestDatabase() {}

    private static Mode decideMode() {
        if (System.getenv("JOBANDEL_TEST_DB_URL") != null) {
            return Mode.GIVEN_URL;
        }
        String forced = System.getenv().getOrDefault("JOBANDEL_TEST_DB", "auto").toLowerCase(Locale.ROOT);
        return switch (forced) {
            case "testcontainers" -> Mode.TESTCONTAINERS;
            case "embedded" -> Mode.EMBEDDED;
            case "auto" -> dockerAnswers() ? Mode.TESTCONTAINERS : Mode.EMBEDDED;
            default ->
                throw new IllegalStateException(
                        "JOBANDEL_TEST_DB must be testcontainers, embedded or auto, not " + forced);
        };
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Connection details of a database for one Spring test context. */
    public record Connection(String jdbcUrl, String username, String password) {}

    public static Connection newDatabase() {
        return switch (MODE) {
            case GIVEN_URL ->
                new Connection(
                        System.getenv("JOBANDEL_TEST_DB_URL"),
                        System.getenv().getOrDefault("JOBANDEL_TEST_DB_USER", "postgres"),
                        System.getenv().getOrDefault("JOBANDEL_TEST_DB_PASSWORD", "postgres"));
            case EMBEDDED -> freshEmbeddedDatabase();
            case TESTCONTAINERS -> throw new IllegalStateException("Testcontainers uses @ServiceConnection");
        };
    }

    private static Connection freshEmbeddedDatabase() {
        EmbeddedPostgres server = embeddedServer();
        String name = "jobandel_test_" + databases.incrementAndGet();
        try (java.sql.Connection admin = server.getPostgresDatabase().getConnection();
                Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return new Connection(server.getJdbcUrl("postgres", name), "postgres", "postgres");
    }

    private static EmbeddedPostgres embeddedServer() {
        EmbeddedPostgres server = embedded;
        if (server == null) {
            synchronized (TestDatabase.class) {
                server = embedded;
                if (server == null) {
                    try {
                        server = EmbeddedPostgres.builder()
                                .setServerConfig("timezone", "Europe/Copenhagen")
                                .setServerConfig("fsync", "off")
                                .setServerConfig("synchronous_commit", "off")
                                .setServerConfig("full_page_writes", "off")
                                .start();
                    } catch (IOException e) {
                        throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", e);
                    }
                    embedded = server;
                }
            }
        }
        return server;
    }

    static final class UsesTestcontainers implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return MODE == Mode.TESTCONTAINERS;
        }
    }

    static final class UsesLocalServer implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return MODE != Mode.TESTCONTAINERS;
        }
    }
}
