package dk.jobandel.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.JobandelApplication;
import dk.jobandel.matching.MatchingRuns;
import dk.jobandel.members.Actor;
import dk.jobandel.members.Actors;
import dk.jobandel.privacy.Retention;
import dk.jobandel.review.OfferFixtures;
import dk.jobandel.review.Offers;
import dk.jobandel.review.Reviews;
import dk.jobandel.testsupport.SignedIn;
import dk.jobandel.testsupport.TestDatabase;
import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Issue 12: the same application as two nodes on one PostgreSQL, as behind a load balancer. Two application
 * contexts on their own ports share one database (the demo data is loaded by the first and found by the second).
 * A member signs in on node A and carries on on node B; a matching run started on A is followed on B; a daily job
 * called on both nodes at once runs once; an offer accepted on A and a clashing one on B at the same moment make one
 * agreement.
 */
class TwoNodesIntegrationTest {

    static final String DEMO_PASSWORD = "jobandel-demo-2026";

    static PostgreSQLContainer container;
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void twoNodesOnOneDatabase() {
        TestDatabase.Connection database;
        if (TestDatabase.MODE == TestDatabase.Mode.TESTCONTAINERS) {
            container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            database = new TestDatabase.Connection(
                    container.getJdbcUrl(), container.getUsername(), container.getPassword());
        } else {
            database = TestDatabase.newDatabase();
        }
        // one after the other: the second finds the schema migrated and the demo data in place
        nodeA = node(database);
        nodeB = node(database);
    }

    static ConfigurableApplicationContext node(TestDatabase.Connection database) {
        return new SpringApplicationBuilder(JobandelApplication.class)
                .profiles("demo")
                .properties(Map.of(
                        "server.port", "0",
                        "spring.datasource.url", database.jdbcUrl(),
                        "spring.datasource.username", database.username(),
                        "spring.datasource.password", database.password(),
                        // the tests start what the schedules would start
                        "jobandel.matching.change-delay", "86400000",
                        "jobandel.mail.poll-interval", "PT1H",
                        "jobandel.two-factor.required-roles", "",
                        // acceptances at once queue for connections instead of being shed
                        "spring.datasource.hikari.connection-timeout", "30000"))
                .run();
    }

    @AfterAll
    static void stop() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
        if (container != null) {
            container.stop();
        }
    }

    static String base(ConfigurableApplicationContext node) {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        return "http://localhost:" + port;
    }

    static JdbcClient jdbc() {
        return nodeA.getBean(JdbcClient.class);
    }

    @Test
    void aMemberSignedInOnOneNodeCarriesOnOnTheOther() throws Exception {
        // one browser: its cookie jar sends the session cookie to both nodes, as behind one host name
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var loginPage = browser.send(
                HttpRequest.newBuilder(URI.create(base(nodeA) + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        var csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
        String form = "email=" + encode("freelancer@demo.jobandel.dk") + "&password=" + encode(DEMO_PASSWORD)
                + "&_csrf=" + encode(csrf.group(1));
        var signedIn = browser.send(
                HttpRequest.newBuilder(URI.create(base(nodeA) + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/dashboard"));

        // node B knows the session: the dashboard, not the login page
        var onB = browser.send(
                HttpRequest.newBuilder(URI.create(base(nodeB) + "/dashboard")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(onB.statusCode()).isEqualTo(200);
        String name = jdbc().sql("select display_name from account where email = 'freelancer@demo.jobandel.dk'")
                .query(String.class)
                .single();
        assertThat(onB.body()).contains(name);
    }

    /**
     * The CSRF token lives in a cookie (issue 12): a visitor who only reads pages makes no session row, and the token
     * still guards every form. Real HTTP here: spring-security-test's {@code csrf()} swaps the token store of a shared
     * MockMvc context for a session-based one, so MockMvc cannot show this.
     */
    @Test
    void aVisitorWhoOnlyReadsMakesNoSessionAndFormsStayGuarded() throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        long before = sessions();
        HttpResponse<String> login = null;
        for (String page : new String[] {"/", "/register/freelancer", "/privacy", "/login"}) {
            login = browser.send(
                    HttpRequest.newBuilder(URI.create(base(nodeA) + page)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as(page).isEqualTo(200);
            assertThat(login.headers().allValues("Set-Cookie"))
                    .as(page)
                    .noneMatch(cookie -> cookie.startsWith("JOBANDEL_SESSION="));
        }
        assertThat(sessions()).isEqualTo(before);
        assertThat(login.headers().allValues("Set-Cookie").toString()).doesNotContain("JOBANDEL_SESSION");

        var token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login.body());
        assertThat(token.find()).isTrue();
        // with the page's token and its cookie, the language switch works, on the other node too
        var switched = browser.send(
                HttpRequest.newBuilder(URI.create(base(nodeB) + "/language"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "lang=en&returnTo=%2F&_csrf=" + encode(token.group(1))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(switched.statusCode()).isEqualTo(302);
        // a made-up token, or the page's token from a browser without the cookie, is refused
        var madeUp = browser.send(
                HttpRequest.newBuilder(URI.create(base(nodeA) + "/language"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("lang=en&_csrf=made-up"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(madeUp.statusCode()).isEqualTo(403);
        var noCookie = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base(nodeA) + "/language"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("lang=en&_csrf=" + encode(token.group(1))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(noCookie.statusCode()).isEqualTo(403);
    }

    /**
     * On a real Tomcat: a page comes gzipped once, by the application's own compression (ADR 0017), with its length;
     * a stylesheet is compressed by Tomcat; a client that does not accept gzip gets plain HTML. MockMvc has no Tomcat,
     * so it cannot show that the two compressions never stack.
     */
    @Test
    void pagesAndAssetsComeCompressedOnceAndPlainToClientsWithoutGzip() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        var page = client.send(
                HttpRequest.newBuilder(URI.create(base(nodeA) + "/register/freelancer"))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(page.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(page.headers().allValues("Vary").toString()).contains("Accept-Encoding");
        assertThat(page.headers().firstValueAsLong("Content-Length")).hasValue(page.body().length);
        String html;
        try (var in = new GZIPInputStream(new ByteArrayInputStream(page.body()))) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(html).startsWith("<!DOCTYPE html>").contains("</html>");

        var css = Pattern.compile("/css/app-[0-9a-f]+\\.css").matcher(html);
        assertThat(css.find()).isTrue();
        var stylesheet = client.send(
                HttpRequest.newBuilder(URI.create(base(nodeA) + css.group()))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(stylesheet.headers().firstValue("Content-Encoding")).contains("gzip");

        var plain = client.send(
                HttpRequest.newBuilder(URI.create(base(nodeA) + "/register/freelancer"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.body()).startsWith("<!DOCTYPE html>").contains("</html>");
    }

    static long sessions() {
        return jdbc().sql("select count(*) from spring_session")
                .query(Long.class)
                .single();
    }

    @Test
    void aMatchingRunStartedOnOneNodeIsFollowedOnTheOther() throws Exception {
        var started = nodeA.getBean(MatchingRuns.class)
                .start(MatchingRuns.Trigger.MANUAL, null, MatchingRuns.Scope.ALL)
                .orElseThrow();
        MatchingRuns onB = nodeB.getBean(MatchingRuns.class);
        assertThat(onB.byId(started.id())).as("node B sees the run at once").isPresent();

        MatchingRuns.Run finished = started.finished().get(2, TimeUnit.MINUTES);
        var seenOnB = onB.byId(started.id()).orElseThrow();
        assertThat(seenOnB.running()).isFalse();
        assertThat(seenOnB.proposals()).isEqualTo(finished.proposals()).isPositive();
        assertThat(onB.current()).isEmpty();
    }

    @Test
    void aDailyJobCalledOnBothNodesAtOnceRunsOnce() throws Exception {
        List<Optional<Retention.Run>> runs = together(List.of(
                () -> nodeA.getBean(Retention.class).run(),
                () -> nodeB.getBean(Retention.class).run()));
        assertThat(runs.stream().filter(Optional::isPresent)).hasSize(1);
    }

    @Test
    void clashingOffersAcceptedOnBothNodesAtOnceMakeOneAgreement() throws Exception {
        MatchingRuns.Run run = nodeA.getBean(MatchingRuns.class)
                .runAll(MatchingRuns.Trigger.MANUAL, null)
                .orElseThrow();
        assertThat(run.proposals()).isPositive();
        JdbcClient jdbc = jdbc();
        long template = jdbc.sql("""
                        select p.id from proposal p join shared_role r on r.id = p.role_id
                        where p.kind = 'SINGLE' and p.review_status = 'UNREVIEWED' and p.run_id = :run
                        order by p.rank, p.id limit 1
                        """).param("run", run.id()).query(Long.class).single();
        long freelancer = jdbc.sql("select freelancer_id from proposal_member where proposal_id = :p")
                .param("p", template)
                .query(Long.class)
                .single();
        long staff = jdbc.sql("""
                        select min(s.account_id) from proposal p join shared_role r on r.id = p.role_id
                        join organisation_staff s on s.organisation_id = r.organisation_id where p.id = :p
                        """).param("p", template).query(Long.class).single();
        long consultant = jdbc.sql("select id from account where email = 'konsulent@demo.jobandel.dk'")
                .query(Long.class)
                .single();

        // two approved copies of the same proposal: the same person's same week, offered twice
        Actor organisation = nodeA.getBean(Actors.class).of(SignedIn.member(staff, "COOPERATIVE"));
        Actor person = nodeA.getBean(Actors.class).of(SignedIn.member(freelancer, "FREELANCER"));
        List<Long> freelancerOffers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            long copy = OfferFixtures.copyOf(jdbc, template);
            nodeA.getBean(Reviews.class)
                    .approve(copy, 0, nodeA.getBean(Actors.class).of(consultant), null, Map.of());
            nodeA.getBean(Offers.class).accept(OfferFixtures.offerOf(jdbc, copy, "ORGANISATION"), 0, organisation);
            freelancerOffers.add(OfferFixtures.offerOf(jdbc, copy, "FREELANCER"));
        }

        List<Boolean> made = together(List.of(
                () -> nodeA.getBean(Offers.class)
                        .accept(freelancerOffers.get(0), 0, person)
                        .isEmpty(),
                () -> nodeB.getBean(Offers.class)
                        .accept(freelancerOffers.get(1), 0, person)
                        .isEmpty()));
        assertThat(made).containsExactlyInAnyOrder(true, false);
        assertThat(jdbc.sql("""
                        select count(*) from agreement a join agreement_party p on p.agreement_id = a.id
                        where p.freelancer_id = :f
                        """).param("f", freelancer).query(Long.class).single())
                .isOne();
    }

    static <T> List<T> together(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
