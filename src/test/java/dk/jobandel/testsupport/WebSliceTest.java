package dk.jobandel.testsupport;

import dk.jobandel.notifications.Notifications;
import dk.jobandel.platform.ProfileViewLog;
import dk.jobandel.platform.security.LoginThrottle;
import dk.jobandel.platform.security.SecurityConfiguration;
import dk.jobandel.platform.web.WebConfiguration;
import dk.jobandel.shared.ReferenceData;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.mockito.Mockito;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A {@code @WebMvcTest} with the real security rules, language handling and page layout, so controller
 * tests see what a browser would (redirects to login, 403s, CSRF, Danish texts). The beans most controllers ask for
 * besides their module's façade ({@link ReferenceData}, {@link ProfileViewLog}) are Mockito mocks, reset after each
 * test; a test that stubs them autowires them. Requests of signed-in members: {@link SignedIn}; a fixed today:
 * {@link FixedClock}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(properties = TestProperties.SECOND_FACTOR_NOT_REQUIRED)
@Import({SecurityConfiguration.class, WebConfiguration.class, WebSliceTest.Layout.class})
@MockitoBean(types = {ReferenceData.class, ProfileViewLog.class})
public @interface WebSliceTest {

    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};

    @TestConfiguration(proxyBeanMethods = false)
    @ComponentScan(basePackageClasses = WebConfiguration.class)
    class Layout {
        /** No database in a web slice: the throttle lets everything through unless a test says otherwise. */
        @Bean
        LoginThrottle loginThrottle() {
            var throttle = Mockito.mock(LoginThrottle.class);
            Mockito.when(throttle.begin(Mockito.any(), Mockito.any(), Mockito.any()))
                    .thenReturn(LoginThrottle.Attempt.FREE);
            Mockito.when(throttle.waitNow(Mockito.any(), Mockito.any(), Mockito.any()))
                    .thenReturn(java.time.Duration.ZERO);
            Mockito.when(throttle.succeeded(Mockito.any(), Mockito.any())).thenReturn("device-token");
            return throttle;
        }

        /**
         * The header's figures read their counts with JDBC; a web slice has no database and no figures (the modules'
         * {@code HeaderFigure}s are components, not part of the slice), so the advice never calls it.
         */
        @Bean
        org.springframework.jdbc.core.simple.JdbcClient jdbcClient() {
            return Mockito.mock(org.springframework.jdbc.core.simple.JdbcClient.class);
        }

        /** The header's unread count (the notifications module's advice): none in a web slice. */
        @Bean
        Notifications notifications() {
            return Mockito.mock(Notifications.class);
        }
    }
}
