package dk.jobandel.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the application has, found from its handler mappings (so a new route is covered without editing this
 * test): a visitor reaches exactly the public ones and is sent to the login page from every other one, and a
 * freelancer is refused every consultant and admin route.
 */
@ApplicationTest
class RouteAuthorizationIntegrationTest {

    /** The routes a visitor may use without signing in, as "METHOD path". */
    private static final Set<String> PUBLIC = Set.of(
            "GET /",
            "GET /privacy",
            "GET /login",
            "GET /error",
            "POST /language",
            "GET /register",
            "GET /register/freelancer",
            "POST /register/freelancer",
            "GET /register/cooperative",
            "POST /register/cooperative",
            "GET /invitations/{token}",
            "POST /invitations/{token}",
            "GET /password/forgot",
            "POST /password/forgot",
            "GET /password/reset",
            "POST /password/reset",
            "GET /account/email/confirm",
            "POST /account/email/confirm",
            "GET /account/email/verify",
            "POST /account/email/verify",
            "GET /account/email/confirmed",
            // the national impact totals and their CSV files (disclosure-controlled, no person named)
            "GET /impact",
            "GET /impact/figures.csv",
            "GET /impact/{table}.csv");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    private record Route(String method, String pattern) {
        String path() {
            return pattern.replaceAll("\\{[^}]+}", "1");
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    routes.add(new Route(m.name(), pattern));
                }
            }
        });
        return routes;
    }

    @Test
    void aVisitorReachesExactlyThePublicRoutes() throws Exception {
        Set<String> reachable = new TreeSet<>();
        for (Route route : routes()) {
            var result = mvc.perform(request(HttpMethod.valueOf(route.method()), route.path())
                            .with(csrf()))
                    .andReturn()
                    .getResponse();
            String location = result.getRedirectedUrl();
            boolean sentToLogin = result.getStatus() == 302 && location != null && location.endsWith("/login");
            if (!sentToLogin) {
                reachable.add(route.toString());
            }
        }
        // the demo outbox exists only in the demo profile; actuator endpoints have their own chain
        assertThat(reachable).isSubsetOf(PUBLIC);
        assertThat(reachable).contains("GET /password/forgot", "GET /account/email/confirm", "GET /login");
    }

    @Test
    void aFreelancerIsRefusedEveryConsultantAndAdminRoute() throws Exception {
        MockHttpSession freelancer = new Sessions(mvc, registration, organisations)
                .freelancer("Nysgerrig")
                .session();
        List<String> notRefused = new ArrayList<>();
        for (Route route : routes()) {
            if (!route.pattern().startsWith("/consultant") && !route.pattern().startsWith("/admin")) {
                continue;
            }
            int status = mvc.perform(request(HttpMethod.valueOf(route.method()), route.path())
                            .with(csrf())
                            .session(freelancer))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (status != 403) {
                notRefused.add(route + " → " + status);
            }
        }
        assertThat(notRefused).isEmpty();
        assertThat(routes())
                .anyMatch(r -> r.pattern().equals("/admin/two-factor"))
                .anyMatch(r -> r.pattern().equals("/admin/security-events"));
    }
}
