package dk.jobandel.platform.security;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.function.SingletonSupplier;

/**
 * The transactions of Spring Session JDBC's store (issue 12), given to it as the bean it looks up by the name
 * {@code springSessionTransactionOperations}.
 *
 * <p>By default Spring Session runs every call in a new transaction of the application's transaction manager, the
 * read of the session at the start of each request too. That read is one {@code SELECT} (the session joined with its
 * attributes), which sees one snapshot without a transaction; the transaction only added a round trip for its
 * {@code COMMIT} to every page, and the JPA transaction manager opened an {@code EntityManager} for it that was never
 * used. Here:
 *
 * <ul>
 *   <li>a read marked by {@link #reading} runs in auto-commit, one statement and one round trip. An expired session
 *       that the read finds is deleted in the same way: one {@code DELETE}, whose attributes go with it by the
 *       foreign key's cascade;
 *   <li>everything else (creating and saving a session, which writes the session and its attributes; deleting; the
 *       clean-up of expired sessions) keeps a new transaction of its own, as before, but of a plain JDBC transaction
 *       manager over the same pool, which opens no {@code EntityManager}.
 * </ul>
 */
final class SessionStoreTransactions implements TransactionOperations {

    /** Set while {@link #reading} runs its read: the store's calls in it need no transaction. */
    private static final ScopedValue<Boolean> READING = ScopedValue.newInstance();

    private final Supplier<TransactionOperations> writes;

    /**
     * Over the application's pool, looked up at the first call: the web-slice tests, which share the security
     * configuration, have no database and never call.
     */
    SessionStoreTransactions(ObjectProvider<DataSource> dataSource) {
        this.writes = SingletonSupplier.of(() -> {
            TransactionTemplate template = new TransactionTemplate(new JdbcTransactionManager(dataSource.getObject()));
            template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            return template;
        });
    }

    /** For tests: the writes' transactions from elsewhere. */
    SessionStoreTransactions(TransactionOperations writes) {
        this.writes = () -> writes;
    }

    /** Runs a read of the session store, whose calls then run without a transaction. */
    static <T> @Nullable T reading(Supplier<@Nullable T> read) {
        return ScopedValue.where(READING, Boolean.TRUE).call(read::get);
    }

    @Override
    public <T> @Nullable T execute(TransactionCallback<T> action) throws TransactionException {
        return READING.isBound()
                ? TransactionOperations.withoutTransaction().execute(action)
                : writes.get().execute(action);
    }
}
