package dk.jobandel.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A journey in a real browser against the whole application on a random port and the test PostgreSQL.
 * Test methods take a {@link Browser} parameter.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            TestProperties.QUIET_SCHEDULES,
            TestProperties.QUIET_MAIL,
            TestProperties.SECOND_FACTOR_NOT_REQUIRED,
            TestProperties.MANY_SIGN_UPS,
            TestProperties.FRESH_IMPACT_FACTS
        })
@Import(TestDatabaseConfiguration.class)
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {}
