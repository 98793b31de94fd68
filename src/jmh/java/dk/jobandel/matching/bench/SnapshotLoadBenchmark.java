package dk.jobandel.matching.bench;

import dk.jobandel.JobandelApplication;
import dk.jobandel.freelancers.FreelancerProfiles;
import dk.jobandel.matching.MatchingSnapshots;
import dk.jobandel.matching.engine.FreelancerSnapshot;
import dk.jobandel.matching.engine.MatchingData;
import dk.jobandel.matching.engine.RoleSnapshot;
import dk.jobandel.matching.engine.SkillNeed;
import dk.jobandel.matching.engine.bench.SyntheticWorld;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.openjdk.jol.info.GraphLayout;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Target: a snapshot of 100,000 freelancers loaded from PostgreSQL in at most 5 s. Starts an embedded PostgreSQL
 * (zonky, the same binaries and settings as the tests' {@code TestDatabase}), starts the application on it (so
 * Flyway creates the schema and the beans are the real ones), bulk-inserts a synthetic population, then times
 * {@link MatchingSnapshots#take()} several times and reports min / median / max, two of its parts measured apart
 * (reading the rows through {@link FreelancerProfiles#matchable(java.util.function.Consumer)}, and building the
 * engine's {@link MatchingData} from the snapshots), and the heap the snapshot holds.
 *
 * <p>The population is {@link SyntheticWorld}'s (seeded, so every run inserts the same rows) turned into rows as a
 * person would have entered them: the municipality nearest to the home, whole desired hours, the availability grid,
 * skills mapped onto the catalogue's ids in order, work-style answers for seven in ten. Published roles likewise, in
 * one verified organisation. The rows go in as a few {@code insert … select … from unnest(arrays)} statements, then
 * {@code vacuum analyze}, as a database that has been running for a while would be.
 *
 * <p>Run with {@code ./mvnw -B -Pbenchmarks compile exec:exec
 * -Djmh.main=dk.jobandel.matching.bench.SnapshotLoadBenchmark}; options go in {@code -Djmh.args="..."}:
 * {@code --freelancers N} (100000), {@code --roles N} (1000), {@code --warmups N} (3), {@code --runs N} (10). The
 * database lives in a temporary directory and is removed at the end.
 */
public final class SnapshotLoadBenchmark {

    private static final long FREELANCER_SEED = 42;
    private static final long ROLE_SEED = 7;

    private SnapshotLoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, Integer> options = options(args);
        int freelancers = options.get("freelancers");
        int roles = options.get("roles");
        int warmups = options.get("warmups");
        int runs = options.get("runs");
        // the embedded server logs its start-up line by line before Spring's logging is configured
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("io.zonky"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Path directory = Files.createTempDirectory("jobandel-snapshot-bench");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(directory)
                        .setCleanDataDirectory(true)
                        .setServerConfig("timezone", "Europe/Copenhagen")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
                ConfigurableApplicationContext context = new SpringApplicationBuilder(JobandelApplication.class)
                        .web(WebApplicationType.SERVLET) // the security configuration needs it
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
                    "[snapshot-load] %d processors, JVM %s, max heap %d MiB; %s%n",
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.version(),
                    Runtime.getRuntime().maxMemory() >> 20,
                    jdbc.sql("select version()").query(String.class).single());

            long start = System.nanoTime();
            new Population(jdbc, context.getBean(DataSource.class)).insert(freelancers, roles);
            System.out.printf(
                    "[snapshot-load] inserted %d freelancers (%d skill rows) and %d published roles, vacuumed and"
                            + " analysed in %.1f s%n",
                    count(jdbc, "select count(*) from freelancer_profile"),
                    count(jdbc, "select count(*) from freelancer_skill"),
                    count(jdbc, "select count(*) from shared_role where status = 'PUBLISHED'"),
                    (System.nanoTime() - start) / 1e9);

            MatchingSnapshots snapshots = context.getBean(MatchingSnapshots.class);
            FreelancerProfiles profiles = context.getBean(FreelancerProfiles.class);
            double[] take = new double[runs];
            double[] matchable = new double[runs];
            double[] engine = new double[runs];
            int loaded = 0;
            for (int run = -warmups; run < runs; run++) {
                System.gc();
                long t0 = System.nanoTime();
                MatchingSnapshots.Snapshot snapshot = snapshots.take();
                long t1 = System.nanoTime();
                MatchingData data = snapshot.freelancers();
                loaded = data.size();
                List<FreelancerSnapshot> copies = new ArrayList<>(loaded);
                for (int i = 0; i < loaded; i++) {
                    copies.add(data.freelancer(i));
                }
                snapshot = null;
                data = null;
                System.gc();
                long t2 = System.nanoTime();
                MatchingData.of(copies);
                long t3 = System.nanoTime();
                copies = null;
                System.gc();
                long t4 = System.nanoTime();
                long[] rows = {0};
                profiles.matchable(f -> rows[0]++);
                long t5 = System.nanoTime();
                if (rows[0] != loaded) {
                    throw new IllegalStateException(rows[0] + " matchable, but " + loaded + " in the snapshot");
                }
                if (run >= 0) {
                    take[run] = (t1 - t0) / 1e6;
                    engine[run] = (t3 - t2) / 1e6;
                    matchable[run] = (t5 - t4) / 1e6;
                }
                System.out.printf(
                        "[snapshot-load] %s %d: take() %.0f ms; apart: MatchingData.of %.0f ms, matchable rows %.0f ms%n",
                        run < 0 ? "warmup" : "run",
                        run < 0 ? run + warmups + 1 : run + 1,
                        (t1 - t0) / 1e6,
                        (t3 - t2) / 1e6,
                        (t5 - t4) / 1e6);
            }
            System.out.printf(
                    "[snapshot-load] %d freelancers; take() over %d runs: %s%n", loaded, runs, summary(take));
            System.out.printf(
                    "[snapshot-load] apart, same runs: FreelancerProfiles.matchable(consumer) reading the rows: %s;"
                            + " MatchingData.of on the %d snapshots: %s%n",
                    summary(matchable), loaded, summary(engine));
            heap(snapshots);
        }
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static String summary(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return String.format(Locale.ROOT, "min %.0f ms, median %.0f ms, max %.0f ms", sorted[0], median, sorted[n - 1]);
    }

    /** The used heap after full GCs with and without a snapshot held, and JOL's walk of the snapshot. */
    private static void heap(MatchingSnapshots snapshots) {
        long before = usedAfterGc();
        MatchingSnapshots.Snapshot snapshot = snapshots.take();
        long after = usedAfterGc();
        GraphLayout graph = GraphLayout.parseInstance(snapshot);
        System.out.printf(
                "[snapshot-load] heap held by one snapshot: used heap after GC %.1f MB more with it than without;"
                        + " JOL graph %.1f MB (%d objects)%n",
                (after - before) / 1e6, graph.totalSize() / 1e6, graph.totalCount());
        Reference.reachabilityFence(snapshot);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 5; i++) {
            System.gc();
        }
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }

    private static Map<String, Integer> options(String[] args) {
        Map<String, Integer> options = new LinkedHashMap<>();
        options.put("freelancers", 100_000);
        options.put("roles", 1_000);
        options.put("warmups", 3);
        options.put("runs", 10);
        for (int i = 0; i + 1 < args.length; i += 2) {
            String name = args[i].replaceFirst("^--", "");
            if (!options.containsKey(name)) {
                throw new IllegalArgumentException("Unknown option " + args[i] + "; known: " + options.keySet());
            }
            options.put(name, Integer.parseInt(args[i + 1]));
        }
        return options;
    }

    /** The synthetic rows and the statements that insert them. */
    record Population(JdbcClient jdbc, DataSource dataSource) {

        void insert(int freelancerCount, int roleCount) throws SQLException {
            long started = System.nanoTime();
            List<Place> places = jdbc.sql("select code, latitude, longitude from municipality order by code")
                    .query((rs, row) -> new Place(rs.getShort(1), rs.getDouble(2), rs.getDouble(3)))
                    .list();
            // the synthetic world's dense skill ids onto the catalogue's, in order (both are grouped by trade); where
            // the world has more, the last wrap around, and a skill met twice keeps its higher level
            List<Short> skillIds = jdbc.sql("select id from skill order by id").query(Short.class).list();
            List<Long> accounts = jdbc.sql("""
                            insert into account (email, password_hash, display_name)
                            select 'bench-' || g || '@example.org', '{noop}unused', 'Bench ' || g
                            from generate_series(1, :n) g
                            returning id
                            """)
                    .param("n", freelancerCount)
                    .query(Long.class)
                    .list()
                    .stream()
                    .sorted()
                    .toList();
            List<FreelancerSnapshot> world = new SyntheticWorld().freelancers(freelancerCount, FREELANCER_SEED);
            int n = world.size();
            Long[] ids = new Long[n];
            Short[] municipality = new Short[n];
            Short[] travel = new Short[n];
            Boolean[] onSite = new Boolean[n];
            Boolean[] hybrid = new Boolean[n];
            Boolean[] remote = new Boolean[n];
            Short[] hoursMin = new Short[n];
            Short[] hoursMax = new Short[n];
            String[] availability = new String[n];
            String[] workStyle = new String[n];
            List<Long> skillAccount = new ArrayList<>();
            List<Short> skillId = new ArrayList<>();
            List<Short> skillLevel = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                FreelancerSnapshot f = world.get(j);
                ids[j] = accounts.get(j);
                municipality[j] = nearest(places, f.lat(), f.lon());
                travel[j] = (short) f.travelKm();
                onSite[j] = f.onSite();
                hybrid[j] = f.hybrid();
                remote[j] = f.remote();
                int min = Math.clamp((f.desiredMinHalfHours() + 1) / 2, 1, 48);
                int max = Math.clamp(f.desiredMaxHalfHours() / 2, min, 48);
                hoursMin[j] = (short) min;
                hoursMax[j] = (short) max;
                availability[j] = hex(f.available());
                workStyle[j] = f.workStyle().length == 0 ? null : answers(f.workStyle());
                int[] levels = new int[skillIds.size()];
                for (int skill = 0; skill < SyntheticWorld.SKILLS; skill++) {
                    int at = skill % levels.length;
                    levels[at] = Math.max(levels[at], f.level(skill));
                }
                for (int at = 0; at < levels.length; at++) {
                    if (levels[at] > 0) {
                        skillAccount.add(ids[j]);
                        skillId.add(skillIds.get(at));
                        skillLevel.add((short) levels[at]);
                    }
                }
            }
            System.out.printf("[snapshot-load] generated the rows in %.1f s%n", (System.nanoTime() - started) / 1e9);
            try (Connection connection = dataSource.getConnection();
                    var settings = connection.createStatement()) {
                // The rows are consistent by construction: skip the per-row foreign-key triggers while they go in
                // (the superuser's bulk-load switch), which would otherwise take most of the time.
                settings.execute("set session_replication_role = replica");
                execute(
                        connection,
                        """
                        insert into account_role (account_id, role) select a, 'FREELANCER' from unnest(?::bigint[]) a
                        """,
                        connection.createArrayOf("bigint", ids));
                execute(
                        connection,
                        """
                        insert into freelancer_profile (account_id, municipality_code, travel_km, works_on_site,
                            works_hybrid, works_remote, desired_hours_min, desired_hours_max, availability, work_style)
                        select a, m, t, os, hy, re, lo, hi, decode(av, 'hex'), ws::smallint[]
                        from unnest(?::bigint[], ?::smallint[], ?::smallint[], ?::boolean[], ?::boolean[],
                                    ?::boolean[], ?::smallint[], ?::smallint[], ?::text[], ?::text[])
                             as u(a, m, t, os, hy, re, lo, hi, av, ws)
                        """,
                        connection.createArrayOf("bigint", ids),
                        connection.createArrayOf("int2", municipality),
                        connection.createArrayOf("int2", travel),
                        connection.createArrayOf("bool", onSite),
                        connection.createArrayOf("bool", hybrid),
                        connection.createArrayOf("bool", remote),
                        connection.createArrayOf("int2", hoursMin),
                        connection.createArrayOf("int2", hoursMax),
                        connection.createArrayOf("text", availability),
                        connection.createArrayOf("text", workStyle));
                execute(
                        connection,
                        """
                        insert into freelancer_skill (account_id, skill_id, level)
                        select * from unnest(?::bigint[], ?::smallint[], ?::smallint[])
                        """,
                        connection.createArrayOf("bigint", skillAccount.toArray(Long[]::new)),
                        connection.createArrayOf("int2", skillId.toArray(Short[]::new)),
                        connection.createArrayOf("int2", skillLevel.toArray(Short[]::new)));
                System.out.printf(
                        "[snapshot-load] inserted the freelancers after %.1f s%n", (System.nanoTime() - started) / 1e9);
                insertRoles(connection, roleCount, places, skillIds);
                settings.execute("set session_replication_role = origin");
            }
            System.out.printf(
                    "[snapshot-load] inserted the roles after %.1f s%n", (System.nanoTime() - started) / 1e9);
            jdbc.sql("vacuum analyze").update();
        }

        private void insertRoles(Connection connection, int count, List<Place> places, List<Short> skillIds)
                throws SQLException {
            long organisation = jdbc.sql("""
                            insert into organisation (name, cvr, type, municipality_code, verification_status)
                            values ('Bench kooperativ', '12345678', 'WORKER_COOPERATIVE', 101, 'VERIFIED')
                            returning id
                            """)
                    .query(Long.class)
                    .single();
            List<RoleSnapshot> world = new SyntheticWorld().roles(count, ROLE_SEED);
            int n = world.size();
            String[] schedule = new String[n];
            Short[] sharers = new Short[n];
            Short[] handover = new Short[n];
            String[] split = new String[n];
            Short[] municipality = new Short[n];
            String[] mode = new String[n];
            for (int j = 0; j < n; j++) {
                RoleSnapshot r = world.get(j);
                schedule[j] = hex(r.schedule());
                sharers[j] = (short) r.sharers();
                handover[j] = (short) (r.handoverHalfHours() * 30);
                split[j] = r.splitPercents().length == 0 ? null : answers(r.splitPercents());
                municipality[j] = nearest(places, r.lat(), r.lon());
                mode[j] = r.workMode().name();
            }
            List<Long> roleIds;
            try (PreparedStatement statement = connection.prepareStatement("""
                    insert into shared_role (organisation_id, title, schedule, sharers, handover_minutes,
                        split_percents, municipality_code, work_mode, start_date, pay_kind, pay_from, status,
                        created_at, updated_at, published_at)
                    select ?, 'Bench role ' || ordinality, decode(s, 'hex'), sh, ho, sp::smallint[], m, wm,
                           current_date, 'HOURLY', 200, 'PUBLISHED', now(), now(), now()
                    from unnest(?::text[], ?::smallint[], ?::smallint[], ?::text[], ?::smallint[], ?::text[])
                         with ordinality as u(s, sh, ho, sp, m, wm, ordinality)
                    order by ordinality
                    returning id
                    """)) {
                statement.setLong(1, organisation);
                statement.setArray(2, connection.createArrayOf("text", schedule));
                statement.setArray(3, connection.createArrayOf("int2", sharers));
                statement.setArray(4, connection.createArrayOf("int2", handover));
                statement.setArray(5, connection.createArrayOf("text", split));
                statement.setArray(6, connection.createArrayOf("int2", municipality));
                statement.setArray(7, connection.createArrayOf("text", mode));
                roleIds = new ArrayList<>();
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        roleIds.add(rows.getLong(1));
                    }
                }
            }
            roleIds.sort(null);
            List<Long> roleOf = new ArrayList<>();
            List<Short> skill = new ArrayList<>();
            List<String> requirement = new ArrayList<>();
            List<Short> level = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                RoleSnapshot r = world.get(j);
                int size = skillIds.size();
                Map<Integer, String[]> needs = new LinkedHashMap<>(); // one row per skill: the first requirement wins
                r.mustEach().forEach(s -> needs.putIfAbsent(s.skillId() % size, need("MUST_EACH", s)));
                r.mustOne().forEach(s -> needs.putIfAbsent(s.skillId() % size, need("MUST_ONE", s)));
                r.nice().forEach(s -> needs.putIfAbsent(s.skillId() % size, need("NICE", s)));
                for (var e : needs.entrySet()) {
                    roleOf.add(roleIds.get(j));
                    skill.add(skillIds.get(e.getKey()));
                    requirement.add(e.getValue()[0]);
                    level.add(Short.parseShort(e.getValue()[1]));
                }
            }
            execute(
                    connection,
                    """
                    insert into shared_role_skill (role_id, skill_id, requirement, min_level)
                    select * from unnest(?::bigint[], ?::smallint[], ?::text[], ?::smallint[])
                    """,
                    connection.createArrayOf("bigint", roleOf.toArray(Long[]::new)),
                    connection.createArrayOf("int2", skill.toArray(Short[]::new)),
                    connection.createArrayOf("text", requirement.toArray(String[]::new)),
                    connection.createArrayOf("int2", level.toArray(Short[]::new)));
        }

        private static String[] need(String requirement, SkillNeed need) {
            return new String[] {requirement, Integer.toString(need.minLevel())};
        }

        private static void execute(Connection connection, String sql, Array... arrays) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < arrays.length; i++) {
                    statement.setArray(i + 1, arrays[i]);
                }
                long t0 = System.nanoTime();
                int rows = statement.executeUpdate();
                System.out.printf("[snapshot-load]   %d rows in %.1f s%n", rows, (System.nanoTime() - t0) / 1e9);
            }
        }

        /** The code of the municipality whose centre is nearest. */
        private static short nearest(List<Place> places, double lat, double lon) {
            Place best = places.getFirst();
            double bestDistance = Double.MAX_VALUE;
            double scale = Math.cos(Math.toRadians(lat));
            for (Place place : places) {
                double dLat = place.lat() - lat;
                double dLon = (place.lon() - lon) * scale;
                double distance = dLat * dLat + dLon * dLon;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = place;
                }
            }
            return best.code();
        }

        /** Six words as the 42 little-endian bytes of a stored week grid, in hex. */
        private static String hex(long[] words) {
            byte[] bytes = new byte[42];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (words[i / 8] >>> (8 * (i % 8)));
            }
            return HexFormat.of().formatHex(bytes);
        }

        private static String answers(byte[] values) {
            StringBuilder text = new StringBuilder("{");
            for (int i = 0; i < values.length; i++) {
                text.append(i == 0 ? "" : ",").append(values[i]);
            }
            return text.append('}').toString();
        }

        private static String answers(int[] values) {
            StringBuilder text = new StringBuilder("{");
            for (int i = 0; i < values.length; i++) {
                text.append(i == 0 ? "" : ",").append(values[i]);
            }
            return text.append('}').toString();
        }
    }

    private record Place(short code, double lat, double lon) {}
}
