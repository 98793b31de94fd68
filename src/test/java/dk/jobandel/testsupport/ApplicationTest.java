package dk.jobandel.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on the test PostgreSQL, driven through MockMvc. The mail outbox is not polled in
 * the background: tests that send mail call {@code MailDispatcher.deliverDue()} themselves. Tests that need other
 * settings than these add them with care: every distinct set of settings starts one more application and database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        properties = {
            TestProperties.QUIET_SCHEDULES,
            TestProperties.QUIET_MAIL,
            TestProperties.SECOND_FACTOR_NOT_REQUIRED,
            TestProperties.MANY_SIGN_UPS,
            TestProperties.FRESH_IMPACT_FACTS,
            TestProperties.ADMIN_EMAIL,
            TestProperties.ADMIN_PASSWORD,
            TestProperties.METRICS_PASSWORD
        })
@AutoConfigureMockMvc
@Import({TestDatabaseConfiguration.class, MockMvcSessionIds.class})
public @interface ApplicationTest {

    /** The first admin, created at start-up from {@code jobandel.admin.*}. */
    String ADMIN_EMAIL = "root@jobandel.test";

    String ADMIN_PASSWORD = "a long admin pass phrase";

    /** The password of the metrics credential (user {@code metrics}), {@code jobandel.metrics.password}. */
    String METRICS_PASSWORD = "a metrics-only secret for the test";
}
