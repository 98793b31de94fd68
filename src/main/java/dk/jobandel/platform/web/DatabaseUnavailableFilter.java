package dk.jobandel.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When PostgreSQL cannot be reached, every page answers a clear 503 page in the visitor's language at once
 * ({@link UnavailablePage}) instead of a hang or a stack trace, with {@code Retry-After}. It sits in front of every
 * filter that uses the database, the session store's included (which needs it before any controller runs), and
 * behind Spring's request observation and {@link RequestAdmission}, so that the 503 is what the request metrics
 * count. When the pool merely had no free connection in time, the page says the server is busy instead, not that the
 * database is gone. The pool gives up on a connection after {@code spring.datasource.hikari.connection-timeout} (0.5
 * s), and the driver on a new connection after {@code connectTimeout} (1 s); when the database is back, the next
 * request simply works.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final UnavailablePage page;
    private final ObjectProvider<DataSource> dataSource;

    DatabaseUnavailableFilter(UnavailablePage page, ObjectProvider<DataSource> dataSource) {
        this.page = page;
        this.dataSource = dataSource;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException | IOException failure) {
            if (response.isCommitted()) {
                throw failure;
            }
            UnavailablePage.Reason reason;
            if (poolBusy(failure)) {
                reason = UnavailablePage.Reason.BUSY;
            } else if (databaseUnavailable(failure) || (touchesTheDatabase(failure) && !databaseAnswers())) {
                reason = UnavailablePage.Reason.DATABASE;
            } else {
                throw failure;
            }
            log.warn(
                    "{}, answered 503 for {} {}: {}",
                    reason == UnavailablePage.Reason.BUSY
                            ? "No free database connection in time (the pool is busy, PostgreSQL answers)"
                            : "Database unavailable",
                    request.getMethod(),
                    request.getRequestURI(),
                    failure.toString());
            page.answer(request, response, reason);
        }
    }

    /**
     * Whether a data-access or transaction failure is involved anywhere in the chain. When PostgreSQL goes away in the
     * middle of a transaction, the rollback fails too and its exception replaces the first one ("Application exception
     * overridden by rollback exception"), without a connection error's state: then the database is asked directly.
     */
    static boolean touchesTheDatabase(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.springframework.dao.DataAccessException
                    || cause instanceof org.springframework.transaction.TransactionException
                    || cause instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    /** Whether the pool can hand out a working connection now (waits at most the pool's connection timeout). */
    private boolean databaseAnswers() {
        DataSource source = dataSource.getIfAvailable();
        if (source == null) {
            return true;
        }
        try (Connection connection = source.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether the pool had no free connection in time although PostgreSQL answers: every connection was in use by other
     * requests. HikariCP then gives up with an {@link SQLTransientConnectionException} without a cause; when the
     * database cannot be reached, the same exception carries the last failure to connect as its cause.
     */
    static boolean poolBusy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return cause.getCause() == null;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** Whether the failure is "no connection to PostgreSQL", as opposed to a bug or a bad statement. */
    static boolean databaseUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof java.net.ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08: connection exception; 57P01-57P03: the server is shutting down or not accepting connections
                if (state.startsWith("08") || state.startsWith("57P0")) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
