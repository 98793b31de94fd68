package dk.jobandel.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * An {@link ApplicationTest} on the demo data that books demo people's time (offers accepted, agreements made): one
 * application and database of their own, apart from the other demo tests, whose matching and pages would see the
 * bookings. Its tests share it, so each uses its own roles and people or removes what it made. The pool waits for a
 * connection as long as fifty threads at once need (production gives up after 0.5 s and answers 503), so that the
 * concurrency tests see the outcome of a burst rather than its shedding.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationTest
@ActiveProfiles("demo")
@TestPropertySource(properties = "spring.datasource.hikari.connection-timeout=30000")
public @interface DemoBookingTest {}
