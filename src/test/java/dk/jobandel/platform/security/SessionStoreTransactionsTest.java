package dk.jobandel.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Session's store reads a session without a transaction (one statement, no {@code COMMIT} round trip) and
 * writes in a new transaction of its own, here recorded by a transaction manager that only notes what it is asked.
 */
class SessionStoreTransactionsTest {

    /** Notes the transactions begun and committed; holds no resource. */
    static final class RecordingTransactions extends AbstractPlatformTransactionManager {
        final List<String> calls = new ArrayList<>();

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            calls.add("begin " + definition.getPropagationBehavior());
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            calls.add("commit");
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            calls.add("rollback");
        }
    }

    final RecordingTransactions manager = new RecordingTransactions();
    final SessionStoreTransactions transactions = new SessionStoreTransactions(requiresNew(manager));

    static TransactionTemplate requiresNew(RecordingTransactions manager) {
        TransactionTemplate template = new TransactionTemplate(manager);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return template;
    }

    @Test
    void aReadOfTheStoreRunsWithoutATransaction() {
        @Nullable
        String found = SessionStoreTransactions.reading(
                () -> transactions.execute(status -> status.isNewTransaction() ? "in a transaction" : "read"));

        assertThat(found).isEqualTo("read");
        assertThat(manager.calls).isEmpty();
    }

    @Test
    void everythingElseRunsInANewTransactionOfItsOwn() {
        transactions.executeWithoutResult(
                status -> assertThat(status.isNewTransaction()).isTrue());

        assertThat(manager.calls).containsExactly("begin " + TransactionDefinition.PROPAGATION_REQUIRES_NEW, "commit");
    }

    @Test
    void onlyTheMarkedReadSkipsTheTransactionNotWhatFollowsIt() {
        SessionStoreTransactions.reading(() -> transactions.execute(status -> "read"));
        transactions.executeWithoutResult(status -> {});

        assertThat(manager.calls).containsExactly("begin " + TransactionDefinition.PROPAGATION_REQUIRES_NEW, "commit");
    }
}
