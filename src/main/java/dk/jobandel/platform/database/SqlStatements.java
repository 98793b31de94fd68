package dk.jobandel.platform.database;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application sends (one per round trip: a batch counts once), apart for the
 * session store (Spring Session's {@code spring_session} tables: one read and one update of the last access
 * per request with a session, whatever the page) and for everything else. Tests use the counts to hold every
 * daily page to a fixed statement budget; the load benchmark reads them as {@code jobandel.sql.statements}
 * (tag {@code store=app|session}) from {@code /actuator/prometheus}.
 *
 * <p>The data source is wrapped with datasource-proxy once, after Boot has built and configured the pool; the
 * proxy unwraps to the Hikari pool for metrics and health. The overhead is an increment per statement.
 */
public final class SqlStatements implements BeanPostProcessor, SmartInitializingSingleton {

    /** Where a statement went. */
    public enum Store {
        APP,
        SESSION
    }

    /** The statements each store was sent, as counted on one thread while {@link #onThisThread} runs there. */
    public record Counts(long app, long session) {}

    /** Something to count the statements of; it may throw what the code it runs throws. */
    @FunctionalInterface
    public interface Action<E extends Exception> {
        void run() throws E;
    }

    private final ThreadLocal<long @Nullable []> watched = new ThreadLocal<>();
    private final LongAdder app = new LongAdder();
    private final LongAdder session = new LongAdder();
    private final ObjectProvider<MeterRegistry> registries;

    public SqlStatements(ObjectProvider<MeterRegistry> registries) {
        this.registries = registries;
    }

    /** Statements sent to the store since start-up. */
    public long count(Store store) {
        return (store == Store.APP ? app : session).sum();
    }

    /**
     * Runs the action and counts the statements that this thread sends meanwhile, and only those: a scheduled job or
     * an event listener running on another thread at the same moment is not counted (the all-threads counts above
     * include it).
     */
    public <E extends Exception> Counts onThisThread(Action<E> action) throws E {
        long[] counts = new long[2];
        long @Nullable [] outer = watched.get();
        watched.set(counts);
        try {
            action.run();
        } finally {
            if (outer == null) {
                watched.remove();
            } else {
                watched.set(outer);
            }
        }
        return new Counts(counts[0], counts[1]);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(dataSource)
                    .name(beanName)
                    .listener(new Listener())
                    .build();
        }
        return bean;
    }

    @Override
    public void afterSingletonsInstantiated() {
        MeterRegistry registry = registries.getIfAvailable();
        if (registry == null) {
            return;
        }
        for (Store store : Store.values()) {
            FunctionCounter.builder("jobandel.sql.statements", this, counter -> counter.count(store))
                    .description("SQL statements sent to PostgreSQL (one per round trip)")
                    .tag("store", store.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
    }

    private final class Listener implements QueryExecutionListener {

        @Override
        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {}

        @Override
        public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            boolean sessionStore = isSessionStore(queryInfoList);
            (sessionStore ? session : app).increment();
            long @Nullable [] counts = watched.get();
            if (counts != null) {
                counts[sessionStore ? 1 : 0]++;
            }
        }
    }

    private static boolean isSessionStore(List<QueryInfo> queries) {
        if (queries.isEmpty()) {
            return false;
        }
        @Nullable String sql = queries.getFirst().getQuery();
        return sql != null && sql.toUpperCase(Locale.ROOT).contains("SPRING_SESSION");
    }
}
