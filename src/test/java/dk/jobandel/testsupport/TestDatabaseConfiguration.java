package dk.jobandel.testsupport;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The test PostgreSQL as a connection-details bean, whichever {@link TestDatabase.Mode} is in use. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    /** Argon2id hashes of the tests' few passwords, worked out once per context ({@link RememberedPasswordHashes}). */
    @Bean
    static BeanPostProcessor rememberedPasswordHashes() {
        return RememberedPasswordHashes.wrapper();
    }

    @Bean
    @ServiceConnection
    @Conditional(TestDatabase.UsesTestcontainers.class)
    PostgreSQLContainer postgresContainer() {
        return new PostgreSQLContainer("postgres:17-alpine");
    }

    @Bean
    @Conditional(TestDatabase.UsesLocalServer.class)
    JdbcConnectionDetails testDatabaseConnectionDetails() {
        TestDatabase.Connection database = TestDatabase.newDatabase();
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return database.username();
            }

            @Override
            public String getPassword() {
                return database.password();
            }

            @Override
            public String getJdbcUrl() {
                return database.jdbcUrl();
            }
        };
    }
}
