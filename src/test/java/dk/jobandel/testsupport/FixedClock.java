package dk.jobandel.testsupport;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** For web slices whose pages depend on today: the clock stands still at the start of {@link #TODAY} in Copenhagen. */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {

    public static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    @Bean
    Clock clock() {
        ZoneId zone = ZoneId.of("Europe/Copenhagen");
        return Clock.fixed(TODAY.atStartOfDay(zone).toInstant(), zone);
    }
}
