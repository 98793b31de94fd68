package dk.jobandel.platform.security;

import dk.jobandel.platform.SecondFactor;
import dk.jobandel.platform.SignedInMember;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagerFactories;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
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

    /**
     * Actuator: health and info for load balancers and probes; metrics only with the dedicated metrics credential
     * ({@code jobandel.metrics.username} / {@code jobandel.metrics.password}, HTTP Basic), never with a member's
     * account: a member's password cannot be tested here, and a guess costs no Argon2 hash. Without a configured
     * metrics password, metrics are closed.
     */
    @Bean
    @Order(1)
    SecurityFilterChain actuatorSecurity(
            HttpSecurity http,
            @Value("${jobandel.metrics.username:metrics}") String metricsUser,
            @Value("${jobandel.metrics.password:}") String metricsPassword)
            throws Exception {
        var metrics = new org.springframework.security.provisioning.InMemoryUserDetailsManager();
        if (!metricsPassword.isBlank()) {
            metrics.createUser(org.springframework.security.core.userdetails.User.withUsername(metricsUser)
                    .password("{noop}" + metricsPassword)
                    .roles("METRICS")
                    .build());
        }
        var provider = new org.springframework.security.authentication.dao.DaoAuthenticationProvider(metrics);
        provider.setPasswordEncoder(
                org.springframework.security.crypto.factory.PasswordEncoderFactories.createDelegatingPasswordEncoder());
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .anyRequest()
                        .hasRole("METRICS"))
                .authenticationManager(new org.springframework.security.authentication.ProviderManager(provider))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(
            HttpSecurity http, LoginThrottle throttle, LocaleResolver localeResolver, SessionLifetimes lifetimes)
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
                        // the forgotten-password pages and the link of an e-mail change: the link's token is the proof
                        .requestMatchers(
                                "/password/forgot",
                                "/password/reset",
                                "/account/email/confirm",
                                "/account/email/verify")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/account/email/confirmed")
                        .permitAll()
                        // the second factor's page and its set-up: signed in with the password is enough here
                        // (not through the multi-factor rule below, which would send the member back here for ever)
                        .requestMatchers(SecondFactor.PAGE, "/account/two-factor/setup")
                        .access(AuthenticatedAuthorizationManager.authenticated())
                        // a member's own account page and its forms (the accounts module acts on the signed-in member)
                        .requestMatchers("/account", "/account/**")
                        .authenticated()
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
                        // social procurement: staff of municipalities and suppliers, and consultants (the procurement
                        // module shows a municipality its own contracts, a supplier published ones and those it won,
                        // and answers 404 for any other); consultants revise the clause library under /consultant
                        // (proc16) a person's consent to hours from their bookings as evidence: every signed-in
                        // member; the module lists only the member's own links and answers 404 for any other
                        .requestMatchers("/procurement/consents", "/procurement/consents/**")
                        .authenticated()
                        .requestMatchers("/procurement", "/procurement/**")
                        .hasAnyRole("COOPERATIVE", "CONSULTANT", "ADMIN")
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
                        .successHandler(new LoginOutcomeHandlers.Success(throttle, localeResolver, lifetimes))
                        .failureHandler(new LoginOutcomeHandlers.Failure(throttle))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/?loggedOut")
                        .deleteCookies("JOBANDEL_SESSION", HostPrefixedSessionCookie.SECURE_NAME))
                // a member who must give a second factor and has not yet is sent to give it
                .exceptionHandling(exceptions -> exceptions.defaultDeniedHandlerForMissingAuthority(
                        new LoginUrlAuthenticationEntryPoint(SecondFactor.PAGE), SecondFactor.AUTHORITY))
                .csrf(csrf -> csrf.csrfTokenRepository(CsrfCookies.create()))
                .addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SessionLifetimes.Filter(lifetimes), SecurityContextHolderFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .addHeaderWriter(new StaticHeadersWriter(
                                "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()")));
        return http.build();
    }

    /** Denied access is published as an event, for the security log. */
    @Bean
    org.springframework.security.authorization.AuthorizationEventPublisher authorizationEventPublisher(
            org.springframework.context.ApplicationEventPublisher publisher) {
        return new org.springframework.security.authorization.SpringAuthorizationEventPublisher(publisher);
    }

    /**
     * Sessions write their last access only when it moved by this much (issue 12): no session {@code UPDATE} on most
     * requests. See {@link CoarseLastAccessSessions}.
     */
    @Bean
    static org.springframework.beans.factory.config.BeanPostProcessor coarseLastAccessSessions(
            org.springframework.core.env.Environment environment) {
        // read from the environment, not with @Value: a static post-processor is made before placeholders resolve
        // (in web-slice tests there is no placeholder configurer at all)
        java.time.Duration resolution = environment.getProperty(
                "jobandel.session.last-access-resolution", java.time.Duration.class, java.time.Duration.ofMinutes(1));
        return CoarseLastAccessSessions.decorating(resolution);
    }

    /**
     * Spring Session's transactions: its reads of a session in auto-commit, its writes in a plain JDBC transaction
     * (issue 12). See {@link SessionStoreTransactions}; Spring Session finds the bean by this name. Not a default
     * candidate: whoever asks for transactions by type still gets Boot's {@code TransactionTemplate}.
     */
    @Bean(defaultCandidate = false)
    org.springframework.transaction.support.TransactionOperations springSessionTransactionOperations(
            org.springframework.beans.factory.ObjectProvider<javax.sql.DataSource> dataSource) {
        return new SessionStoreTransactions(dataSource);
    }

    /** Ends each request's memory of the session it saved (see {@link CoarseLastAccessSessions}). */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<?> forgetSavedSession() {
        return CoarseLastAccessSessions.forgettingAtTheEnd();
    }

    /**
     * No observation of the filter chain, the authentications or the authorizations: requests are observed as a whole
     * (http.server.requests). Without this, Spring Security wraps each of the chain's filters in an observing
     * decorator on every request even when the observations are switched off by name.
     */
    @Bean
    static org.springframework.security.config.observation.SecurityObservationSettings securityObservationSettings() {
        return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
    }

    /** Idle timeouts and absolute lifetimes of signed-in sessions, shorter for consultants and admins. */
    @Bean
    SessionLifetimes sessionLifetimes(
            org.springframework.beans.factory.ObjectProvider<java.time.Clock> clock,
            @Value("${jobandel.session.member.idle:PT2H}") java.time.Duration memberIdle,
            @Value("${jobandel.session.member.absolute:PT12H}") java.time.Duration memberAbsolute,
            @Value("${jobandel.session.staff.idle:PT30M}") java.time.Duration staffIdle,
            @Value("${jobandel.session.staff.absolute:PT8H}") java.time.Duration staffAbsolute) {
        return new SessionLifetimes(
                clock.getIfAvailable(java.time.Clock::systemUTC), memberIdle, memberAbsolute, staffIdle, staffAbsolute);
    }

    /**
     * Spring Security's multi-factor support: every rule that needs a signed-in member (not the public pages)
     * also needs the second factor ({@link SecondFactor#AUTHORITY}) of members who set one up and of members in
     * the roles that must have one (consultants and admins, who read everyone's data;
     * {@code jobandel.two-factor.required-roles}).
     */
    @Bean
    AuthorizationManagerFactory<Object> multiFactorRules(
            @Value("${jobandel.two-factor.required-roles:CONSULTANT,ADMIN}") List<String> requiredRoles) {
        return AuthorizationManagerFactories.multiFactor()
                .requireFactors(SecondFactor.AUTHORITY)
                .when(authentication -> needsSecondFactor(authentication, requiredRoles))
                .build();
    }

    static boolean needsSecondFactor(Authentication authentication, List<String> requiredRoles) {
        return authentication.getPrincipal() instanceof SignedInMember member
                && (member.secondFactorEnabled()
                        || requiredRoles.stream()
                                .filter(role -> !role.isBlank())
                                .anyMatch(member::hasRole));
    }

    /**
     * Argon2id with OWASP's minimum parameters (19 MiB, 2 iterations, 1 lane): see
     * docs/adr/0003-password-hashing-argon2id.md. Stored hashes carry their algorithm id, so the cost can
     * be raised later without locking anybody out.
     */
    @Bean
    PasswordEncoder passwordEncoder(
            @org.springframework.beans.factory.annotation.Value("${jobandel.security.concurrent-password-hashes:0}")
                    int concurrentHashes) {
        var argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
        var encoder = new DelegatingPasswordEncoder(
                "argon2", Map.of("argon2", argon2, "bcrypt", new BCryptPasswordEncoder()));
        // review finding 1: at most this many hashes at once (default: two per core), each waiting up to 2 s
        int permits = concurrentHashes > 0
                ? concurrentHashes
                : 2 * Runtime.getRuntime().availableProcessors();
        return new BoundedPasswordEncoder(encoder, permits, 2000);
    }
}
