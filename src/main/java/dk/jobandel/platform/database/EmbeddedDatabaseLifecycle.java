package dk.jobandel.platform.database;

import org.springframework.beans.factory.DisposableBean;

/**
 * Registered as the first disposable bean of the context, so it is destroyed last: the embedded database
 * stops after every bean that uses it.
 */
record EmbeddedDatabaseLifecycle(EmbeddedDatabase database) implements DisposableBean {

    @Override
    public void destroy() {
        database.close();
    }
}
