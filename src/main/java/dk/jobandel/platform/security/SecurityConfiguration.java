package dk.jobandel.platform.security;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Every route's access rule lives here, in one place. Anything not listed needs a signed-in member;
 * module areas are guarded by role ({@code /consultant/**}, {@code /admin/**}); finer rules (which
 * organisation's data) are checked again in the modules' services.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    static final String LOGIN_PAGE = "/login";
    static final String USERNAME_PARAMETER = "email";

    /** No inline scripts or styles anywhere: every script and stylesheet is a file of our own origin. */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "object-src 'none'");

    /** Actuator: health and info for load balancers and probes; metrics only for admins (HTTP Basic). */
    @Bean
    @Order(1)
    SecurityFilterChain actuatorSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .anyRequest()
                        .hasRole("ADMIN"))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http, LoginThrottle throttle, LocaleResolver localeResolver)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        // public pages and assets
                        .requestMatchers(HttpMethod.GET, "/", "/privacy", LOGIN_PAGE, "/error")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/register/**", "/language", "/invitations/**")
                        .permitAll()
                        // impact: the national totals and their CSV files are public; a cooperative's own figures
                        // are for its staff (the impact module takes the organisation from the signed-in member);
                        // a freelancer's consent to impact statistics is their own
                        .requestMatchers(HttpMethod.GET, "/impact", "/impact/*.csv")
                        .permitAll()
                        .requestMatchers("/organisation/impact", "/organisation/impact/**")
                        .hasRole("COOPERATIVE")
                        .requestMatchers("/profile/impact-statistics", "/profile/impact-statistics/**")
                        .hasRole("FREELANCER")
                        // role areas
                        .requestMatchers("/profile/**", "/profile")
                        .hasRole("FREELANCER")
                        .requestMatchers("/organisation/**", "/organisation", "/roles/**", "/roles")
                        .hasRole("COOPERATIVE")
                        .requestMatchers("/offers/**", "/offers")
                        .hasAnyRole("FREELANCER", "COOPERATIVE")
                        // a pool's monthly statements and their CSV file: cooperative staff and consultants; the
                        // matching module shows a member's staff only their own shares, gives the CSV only to the
                        // host's staff and consultants, and answers 404 to anybody outside the pool
                        .requestMatchers(HttpMethod.GET, "/pools/*/statements", "/pools/*/statements.csv")
                        .hasAnyRole("COOPERATIVE", "CONSULTANT", "ADMIN")
                        // pools: cooperative staff and consultants; the pools module answers 404 to anybody outside
                        // a pool for its needs, workers and applications, and lets only the host decide
                        .requestMatchers("/pools", "/pools/**")
                        .hasAnyRole("COOPERATIVE", "CONSULTANT", "ADMIN")
                        // social-economy partnerships: the staff of SØVs and firms (the partnerships module answers
                        // 404 for another organisation's ids and for cooperatives); consultants under /consultant
                        .requestMatchers("/partnerships", "/partnerships/**")
                        .hasRole("COOPERATIVE")
                        .requestMatchers("/consultant/**")
                        .hasAnyRole("CONSULTANT", "ADMIN")
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        // an agreement's page, ending it and its calendar: its freelancers, the cooperative's staff,
                        // consultants and admins, and for a pool agreement each member's staff (page and calendar
                        // only: the worker or the host's staff end it); the agreements module answers 404 to every
                        // other member
                        .requestMatchers(HttpMethod.GET, "/agreements/*", "/agreements/*/calendar.ics")
                        .authenticated()
                        .requestMatchers(HttpMethod.POST, "/agreements/*/end")
                        .hasAnyRole("FREELANCER", "COOPERATIVE")
                        // a member's own data: export, consents, who looked, erasure (the privacy module answers
                        // 404 for another member's export); consultants' erasures on request are under /consultant
                        // and the records of processing under /admin
                        .requestMatchers("/privacy/my-data", "/privacy/my-data/**")
                        .authenticated()
                        // every signed-in member's own notices (the notifications module checks the owner)
                        .requestMatchers("/notifications", "/notifications/**")
                        .authenticated()
                        // the local mail outbox, only in the demo profile: consultants and admins read every
                        // mail, other members the mails to their own address (checked by the page)
                        .requestMatchers("/demo/**")
                        .authenticated()
                        // everything else: any signed-in member; modules check ownership
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage(LOGIN_PAGE)
                        .usernameParameter(USERNAME_PARAMETER)
                        .successHandler(new LoginOutcomeHandlers.Success(throttle, localeResolver))
                        .failureHandler(new LoginOutcomeHandlers.Failure(throttle))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/?loggedOut")
                        .deleteCookies("JOBANDEL_SESSION"))
                .addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .addHeaderWriter(new StaticHeadersWriter(
                                "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()")));
        return http.build();
    }

    /**
     * Argon2id with OWASP's minimum parameters (19 MiB, 2 iterations, 1 lane): see
     * docs/adr/0003-password-hashing-argon2id.md. Stored hashes carry their algorithm id, so the cost can
     * be raised later without locking anybody out.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        var argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2, "bcrypt", new BCryptPasswordEncoder()));
    }
}
