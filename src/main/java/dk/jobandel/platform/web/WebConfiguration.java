package dk.jobandel.platform.web;

import dk.jobandel.platform.SupportedLanguages;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

@Configuration(proxyBeanMethods = false)
public class WebConfiguration {

    static final String LANGUAGE_COOKIE = "JOBANDEL_LANG";

    /**
     * Danish unless the visitor chose otherwise. The choice lives in a cookie (set by the language
     * switch, and at login from the member's saved preference), so a request costs no database query.
     */
    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
        resolver.setDefaultLocale(SupportedLanguages.DANISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setRejectInvalidCookies(true);
        return resolver;
    }
}
