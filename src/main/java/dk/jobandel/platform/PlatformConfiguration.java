package dk.jobandel.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** Danish wall-clock time; tests replace the clock to move time. */
    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    @Bean
    Clock clock() {
        return Clock.system(COPENHAGEN);
    }
}
