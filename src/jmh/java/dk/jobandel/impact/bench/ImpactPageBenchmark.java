package dk.jobandel.impact.bench;

import dk.jobandel.JobandelApplication;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.members.Role;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Target (issue 17): the consultants' impact page for 100,000 freelancers and 50,000 agreements renders in at most
 * 300 ms at p99. Starts an embedded PostgreSQL (zonky, as {@code SnapshotLoadBenchmark}) and the whole application
 * on it with a real HTTP port, bulk-inserts a synthetic population in a few {@code insert … select … from
 * generate_series} statements (deterministic: every run inserts the same rows), signs a consultant in through the
 * login form, and then times {@code GET /consultant/impact} over HTTP, Thymeleaf rendering and all: the default page
 * (the last twelve months, every organisation) and a filtered one (one organisation, which counts twice: once for the
 * filter and once unfiltered for the list of organisations). Reports p50 / p90 / p99 / max of each.
 *
 * <p>The population: {@code --freelancers} accounts (100,000) with the freelancer role, signed up over the last two
 * years, 70 % of them consenting to impact statistics with varied answers; 200 verified cooperatives with a draft role
 * each; {@code --agreements} one-person job-share agreements (50,000) that started over the last two years at 7 hours a
 * week (one in nine) or 8 to 28, one in seven ended after 40 days and one in eleven after five months, a third of the freelancers in one or two of them.
 * Bookings are not inserted (the figures do not read them).
 *
 * <p>Run with {@code ./mvnw -B -Pbenchmarks compile exec:exec -Djmh.main=dk.jobandel.impact.bench.ImpactPageBenchmark}
 * and options in {@code -Djmh.args="..."}: {@code --freelancers N}, {@code --agreements N}, {@code --warmups N} (20),
 * {@code --runs N} (200).
 */
public final class ImpactPageBenchmark {

    private static final String PASSWORD = "bench-password-Impact-2026";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private ImpactPageBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, Integer> options = options(args);
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("io.zonky"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        // the consultant signs in with the password alone (a system property: the builder's properties are only
        // defaults, which application.properties overrides)
        System.setProperty("jobandel.two-factor.required-roles", "");
        Path directory = Files.createTempDirectory("jobandel-impact-bench");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(directory)
                        .setCleanDataDirectory(true)
                        .setServerConfig("timezone", "Europe/Copenhagen")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
                ConfigurableApplicationContext context = new SpringApplicationBuilder(JobandelApplication.class)
                        .web(WebApplicationType.SERVLET)
                        .logStartupInfo(false)
                        .properties(Map.of(
                                "spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
                                "spring.datasource.username", "postgres",
                                "spring.datasource.password", "postgres",
                                "server.port", "0",
                                "spring.main.banner-mode", "off",
                                "logging.level.root", "WARN"))
                        .run()) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            System.out.printf(
                    "[impact-page] %d processors, JVM %s, max heap %d MiB; %s%n",
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.version(),
                    Runtime.getRuntime().maxMemory() >> 20,
                    jdbc.sql("select version()").query(String.class).single());
            long start = System.nanoTime();
            long organisation = insert(jdbc, options.get("freelancers"), options.get("agreements"));
            System.out.printf(
                    "[impact-page] inserted %d freelancers (%d consenting), %d agreements of %d people, vacuumed and"
                            + " analysed in %.1f s%n",
                    count(jdbc, "select count(*) from account_role where role = 'FREELANCER'"),
                    count(jdbc, "select count(*) from impact_consent"),
                    count(jdbc, "select count(*) from agreement"),
                    count(jdbc, "select count(distinct freelancer_id) from agreement_party"),
                    (System.nanoTime() - start) / 1e9);

            String email = "impact-bench-consultant@example.org";
            context.getBean(MemberRegistration.class)
                    .createStaffAccount(
                            new NewPerson("Bench Konsulent", email, PASSWORD, Locale.of("da")),
                            EnumSet.of(Role.CONSULTANT));
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            login(http, base, email);

            String defaultPage = base + "/consultant/impact";
            String filtered = base + "/consultant/impact?organisation=" + organisation;
            for (String url : new String[] {defaultPage, filtered}) {
                double[] millis = time(http, url, options.get("warmups"), options.get("runs"));
                System.out.printf(
                        "[impact-page] GET %s over %d runs: %s%n", url.substring(base.length()), millis.length, summary(millis));
            }
        }
    }

    /** The population, in a few statements; returns the first cooperative's id (for the filtered page). */
    private static long insert(JdbcClient jdbc, int freelancers, int agreements) {
        jdbc.sql("""
                        insert into account (email, password_hash, display_name, created_at)
                        select 'impact-bench-' || g || '@example.org', '{noop}unused', 'Bench ' || g,
                               now() - make_interval(days => (g * 13) % 730)
                        from generate_series(1, :n) g
                        """)
                .param("n", freelancers)
                .update();
        jdbc.sql("""
                        insert into account_role (account_id, role)
                        select id, 'FREELANCER' from account where email like 'impact-bench-%@example.org'
                        """)
                .update();
        jdbc.sql("""
                        insert into impact_consent (account_id, gender, birth_year, situation, consented_at)
                        select id,
                               (array['WOMAN', 'MAN', 'WOMAN', 'MAN', 'OTHER'])[1 + id % 5],
                               1960 + (id * 7) % 45,
                               (array['PRECARIOUS_WORK', 'UNEMPLOYED', 'LONG_TERM_UNEMPLOYED', 'INACTIVE', 'DISABLED',
                                      'OTHER_DISADVANTAGED', 'EMPLOYED'])[1 + id % 7],
                               now()
                        from account where email like 'impact-bench-%@example.org' and id % 10 < 7
                        """)
                .update();
        jdbc.sql("""
                        insert into organisation (name, cvr, type, municipality_code, verification_status)
                        select 'Bench kooperativ ' || g, lpad((20000000 + g)::text, 8, '0'), 'WORKER_COOPERATIVE',
                               m.code, 'VERIFIED'
                        from generate_series(1, 200) g
                        join lateral (select code from municipality order by code offset (g * 7) % 98 limit 1) m on true
                        """)
                .update();
        jdbc.sql("""
                        insert into shared_role (organisation_id, title, schedule, sharers, handover_minutes,
                            municipality_code, work_mode, start_date, pay_kind, pay_from, status, created_at, updated_at)
                        select o.id, 'Bench role', decode(repeat('00', 42), 'hex'), 1, 0, o.municipality_code,
                               'ON_SITE', current_date, 'HOURLY', 180, 'DRAFT', now(), now()
                        from organisation o where o.name like 'Bench kooperativ %'
                        """)
                .update();
        jdbc.sql("""
                        with roles as (
                            select r.id as role_id, r.organisation_id, r.municipality_code,
                                   row_number() over (order by r.id) - 1 as n
                            from shared_role r where r.title = 'Bench role'),
                        g as (
                            select g, current_date - ((g * 37) % 730) as start_date from generate_series(1, :n) g)
                        insert into agreement (role_id, organisation_id, start_date, end_date, status, role_title,
                            municipality_code, work_mode, handover_minutes, pay_kind, pay_from, pension_percent,
                            collective_agreement, open_to_flexjob, created_at, ended_at)
                        select r.role_id, r.organisation_id, g.start_date,
                               case when g % 7 = 3 then g.start_date + 40
                                    when g % 11 = 5 then g.start_date + 150 end,
                               case when g % 7 = 3 or g % 11 = 5 then 'ENDED' else 'ACTIVE' end,
                               'Bench role', r.municipality_code, 'ON_SITE', 0,
                               case when g % 4 = 0 then 'MONTHLY' else 'HOURLY' end,
                               case when g % 4 = 0 then 28000 else 180 + g % 40 end,
                               10 + g % 3, true, false, now(),
                               case when g % 7 = 3 or g % 11 = 5 then now() end
                        from g join roles r on r.n = g % 200
                        """)
                .param("n", agreements)
                .update();
        jdbc.sql("""
                        with people as (
                            select id, row_number() over (order by id) - 1 as n
                            from account where email like 'impact-bench-%@example.org'),
                        total as (select count(*) as c from people)
                        insert into agreement_party (agreement_id, freelancer_id, position, slots, half_hours)
                        select a.id, p.id, 0,
                               decode(repeat('ff', h.hh / 8) || case when h.hh % 8 = 6 then 'fc' else '' end
                                      || repeat('00', 42 - h.hh / 8 - (h.hh % 8 / 6)), 'hex'),
                               h.hh
                        from agreement a cross join total t
                        cross join lateral (select (case when a.id % 9 = 0 then 14
                                                        else 8 * (2 + (a.id * 11) % 6) end)::int as hh) h
                        join people p on p.n = (a.id * 7919) % (t.c / 3)
                        where a.role_title = 'Bench role'
                        """)
                .update();
        jdbc.sql("vacuum analyze").update();
        return jdbc.sql("select min(id) from organisation where name like 'Bench kooperativ %'")
                .query(Long.class)
                .single();
    }

    private static void login(HttpClient http, String base, String email) throws Exception {
        String form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = CSRF.matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String body = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        var response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || !location.endsWith("/dashboard")) {
            throw new IllegalStateException("sign-in failed: " + response.statusCode() + " " + location);
        }
    }

    private static double[] time(HttpClient http, String url, int warmups, int runs) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
        double[] millis = new double[runs];
        for (int run = -warmups; run < runs; run++) {
            long t0 = System.nanoTime();
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long t1 = System.nanoTime();
            if (response.statusCode() != 200 || !response.body().contains("</html>")) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + " "
                        + response.headers().firstValue("Location").orElse(""));
            }
            if (run == -warmups) {
                System.out.printf("[impact-page] first GET %s: %.0f ms (%d bytes)%n", url, (t1 - t0) / 1e6, response.body().length());
            }
            if (run >= 0) {
                millis[run] = (t1 - t0) / 1e6;
            }
        }
        return millis;
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static String summary(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return String.format(
                Locale.ROOT,
                "p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms",
                percentile(sorted, 50),
                percentile(sorted, 90),
                percentile(sorted, 99),
                sorted[sorted.length - 1]);
    }

    /** The nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static Map<String, Integer> options(String[] args) {
        Map<String, Integer> options = new LinkedHashMap<>();
        options.put("freelancers", 100_000);
        options.put("agreements", 50_000);
        options.put("warmups", 20);
        options.put("runs", 200);
        for (int i = 0; i + 1 < args.length; i += 2) {
            String name = args[i].replaceFirst("^--", "");
            if (!options.containsKey(name)) {
                throw new IllegalArgumentException("unknown option " + args[i]);
            }
            options.put(name, Integer.parseInt(args[i + 1]));
        }
        return options;
    }
}
