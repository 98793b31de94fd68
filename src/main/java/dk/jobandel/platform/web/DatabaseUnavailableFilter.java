package dk.jobandel.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * When PostgreSQL cannot be reached, every page answers a clear 503 page in the visitor's language at once
 * ({@code templates/error/503.html}) instead of a hang or a stack trace, with {@code Retry-After}. It sits in front
 * of every other filter, the session store's included (which needs the database before any controller runs), and
 * renders the page itself: the error dispatch would need the session store again. The pool gives up on a
 * connection after {@code spring.datasource.hikari.connection-timeout} (0.5 s), and the driver on a new connection
 * after {@code connectTimeout} (1 s); when the database is back, the next request simply works.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final SpringTemplateEngine templates;
    private final LocaleResolver locales;
    private final Assets assets;

    private final org.springframework.beans.factory.ObjectProvider<javax.sql.DataSource> dataSource;

    DatabaseUnavailableFilter(
            SpringTemplateEngine templates,
            LocaleResolver locales,
            Assets assets,
            org.springframework.beans.factory.ObjectProvider<javax.sql.DataSource> dataSource) {
        this.dataSource = dataSource;
        this.templates = templates;
        this.locales = locales;
        this.assets = assets;
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
            if (response.isCommitted()
                    || !(databaseUnavailable(failure) || (touchesTheDatabase(failure) && !databaseAnswers()))) {
                throw failure;
            }
            log.warn(
                    "Database unavailable, answered 503 for {} {}: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    failure.toString());
            answer(request, response);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locales.resolveLocale(request);
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "10");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.setLocale(locale);
        String page = templates.process(
                "error/503", new Context(locale, Map.of("assets", assets, "path", request.getRequestURI())));
        response.getWriter().write(page);
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
        javax.sql.DataSource source = dataSource.getIfAvailable();
        if (source == null) {
            return true;
        }
        try (java.sql.Connection connection = source.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
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
