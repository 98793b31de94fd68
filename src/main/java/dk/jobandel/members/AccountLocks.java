package dk.jobandel.members;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serialises work on one member's account across transactions and servers: another module that must not run twice
 * at once for the same person (an erasure, an export request) takes the account's row lock, which holds until its
 * transaction ends.
 */
@Service
public class AccountLocks {

    private final JdbcClient jdbc;

    AccountLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Waits for and takes the lock of this account until the caller's transaction ends.
     *
     * @return whether the account exists
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean lock(long accountId) {
        return jdbc.sql("select id from account where id = :id for update")
                .param("id", accountId)
                .query(Long.class)
                .optional()
                .isPresent();
    }
}
