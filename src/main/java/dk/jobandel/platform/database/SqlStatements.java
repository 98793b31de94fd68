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
            (isSessionStore(queryInfoList) ? session : app).increment();
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
