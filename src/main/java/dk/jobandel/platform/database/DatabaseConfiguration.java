package dk.jobandel.platform.database;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    /** Static: a bean post-processor is created before the beans it wraps (the data source). */
    @Bean
    static SqlStatements sqlStatements(ObjectProvider<MeterRegistry> registries) {
        return new SqlStatements(registries);
    }
}
