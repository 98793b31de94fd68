package dk.jobandel.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.agreements.AgreementFixtures;
import dk.jobandel.agreements.Agreements;
import dk.jobandel.agreements.Creation;
import dk.jobandel.agreements.NewAgreement;
import dk.jobandel.freelancers.FreelancerProfiles;
import dk.jobandel.freelancers.HeldSkill;
import dk.jobandel.freelancers.Profile;
import dk.jobandel.members.Actors;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.notifications.NoticeKind;
import dk.jobandel.notifications.Notifications;
import dk.jobandel.pools.PoolFixtures;
import dk.jobandel.pools.Pools;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.shared.WeekGrid;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A freelancer with something in every module asks for a copy of their data, downloads it (nobody else can), and
 * erases their account: afterwards no text in the database names them, and the agreement kept for the bookkeeping
 * rules still holds its amounts.
 */
@ApplicationTest
class PrivacyIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    SharedRoles roles;

    @Autowired
    Agreements agreements;

    @Autowired
    FreelancerProfiles profiles;

    @Autowired
    Pools pools;

    @Autowired
    Actors actors;

    @Autowired
    Notifications notifications;

    @Autowired
    Exports exports;

    @Autowired
    JdbcClient jdbc;

    Sessions sessions;

    @BeforeEach
    void setUp() {
        sessions = new Sessions(mvc, registration, organisations);
    }

    /** Letters only, so that a search for it cannot match anything by chance. */
    static String unique() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        var letters = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    record Person(
            long id, String name, String email, MockHttpSession session, long agreementId, String role, String pool) {}

    /** A freelancer with a profile, skills, situation facts, an ended agreement, pool work, a notice and a mail. */
    Person everywhere() throws Exception {
        String suffix = unique();
        String name = "Ingrid Qx" + suffix;
        var member = sessions.freelancer(name);
        long id = member.accountId();
        var fixtures = new AgreementFixtures(registration, organisations, roles);
        var cooperative = fixtures.cooperative("Privatkantinen " + suffix);
        String role = "Kok hos Privatkantinen " + suffix;
        long roleId = fixtures.role(cooperative, role);

        PoolFixtures.wantsPoolWork(profiles, id, name, 8, 20);
        Profile profile = profiles.profileOf(id);
        profile = profiles.changeSkills(id, profile.version(), Set.of(new HeldSkill((short) 1, (short) 3)));
        profile = profiles.changeAvailability(
                id, profile.version(), WeekGrid.range(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(16, 0)));
        profiles.changeSituation(id, profile.version(), new Profile.Situation(Instant.now(), true, false, true, true));

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        var made = agreements.create(new NewAgreement(
                roleId,
                null,
                today.minusDays(90),
                today.minusDays(30),
                List.of(new NewAgreement.Party(
                        id, WeekGrid.range(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)))),
                cooperative.staffId()));
        assertThat(made).isInstanceOf(Creation.Created.class);
        long agreementId = ((Creation.Created) made).agreementId();

        String pool = "Privatpuljen " + suffix;
        long poolId = pools.create(actors.of(cooperative.staffId()), null, PoolFixtures.details(pool));
        pools.addWorker(actors.of(cooperative.staffId()), poolId, id);
        notifications.notify(
                id,
                NoticeKind.AGREEMENT_ENDED,
                List.of(role, "Privatkantinen " + suffix, today),
                "/agreements/" + agreementId);

        var consultant = sessions.consultant("Konsulent Kv" + suffix);
        mvc.perform(get("/consultant/freelancers/" + id).session(consultant.session()))
                .andExpect(status().isOk());
        return new Person(id, name, member.email(), member.session(), agreementId, role, pool);
    }

    Map<String, String> unzip(byte[] zip) throws IOException {
        var files = new LinkedHashMap<String, String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    long exportOf(long accountId) {
        return jdbc.sql("select max(id) from privacy_export where account_id = :id")
                .param("id", accountId)
                .query(Long.class)
                .single();
    }

    @Test
    void aMemberGetsEveryModulesPartOfTheirDataInOneZipThatNobodyElseCanFetch() throws Exception {
        Person ingrid = everywhere();

        mvc.perform(post("/privacy/my-data/exports").with(csrf()).session(ingrid.session()))
                .andExpect(redirectedUrl("/privacy/my-data"));
        // a second request while the first waits does not make a second export
        mvc.perform(post("/privacy/my-data/exports").with(csrf()).session(ingrid.session()));
        long export = exportOf(ingrid.id());
        mvc.perform(get("/privacy/my-data").session(ingrid.session()))
                .andExpect(content().string(containsString("Laves nu")));
        mvc.perform(get("/privacy/my-data/exports/" + export + "/download").session(ingrid.session()))
                .andExpect(status().isNotFound());

        assertThat(exports.buildWaiting()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select count(*) from privacy_export where account_id = :id")
                        .param("id", ingrid.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql(
                                "select count(*) from notification where recipient_id = :id and kind = 'PRIVACY_EXPORT_READY'")
                        .param("id", ingrid.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(get("/privacy/my-data").session(ingrid.session()))
                .andExpect(content().string(containsString("/privacy/my-data/exports/" + export + "/download")));

        byte[] zip = mvc.perform(
                        get("/privacy/my-data/exports/" + export + "/download").session(ingrid.session()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Map<String, String> files = unzip(zip);
        assertThat(files.get("account.json")).contains(ingrid.email(), ingrid.name(), "FREELANCER");
        assertThat(files.get("profile.json"))
                .contains("\"flexjob_eligible\" : true", "\"lacks_pension\" : true", "\"level\" : 3", "Aarhus");
        assertThat(files.get("agreements.json")).contains(ingrid.role(), "185.50", "\"historyOfYourAgreements\"");
        assertThat(files.get("pools.json")).contains(ingrid.pool());
        assertThat(files.get("notifications.json")).contains("AGREEMENT_ENDED", ingrid.email());
        assertThat(files.get("privacy.json")).contains("SIGN_UP_TERMS", "SITUATION_FACTS", "Konsulent Kv");
        assertThat(files.get("LAESMIG.txt")).contains("Kopi af dine data", ingrid.name(), "account.json");

        // nobody else: another member, a consultant, or a signed-out visitor
        var other = sessions.freelancer("Bo Andersen");
        mvc.perform(get("/privacy/my-data/exports/" + export + "/download").session(other.session()))
                .andExpect(status().isNotFound());
        var consultant = sessions.consultant("Kim Konsulent");
        mvc.perform(get("/privacy/my-data/exports/" + export + "/download").session(consultant.session()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/privacy/my-data/exports/" + export + "/download")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/privacy/my-data/exports/not-a-number/download").session(ingrid.session()))
                .andExpect(status().isBadRequest());

        // after 7 days it is gone
        jdbc.sql("update privacy_export set expires_at = now() - interval '1 second' where id = :id")
                .param("id", export)
                .update();
        mvc.perform(get("/privacy/my-data/exports/" + export + "/download").session(ingrid.session()))
                .andExpect(status().isNotFound());
    }

    /** Every text, JSON and binary column of every table, searched for the value. */
    List<String> placesHolding(String value) {
        var columns = jdbc.sql("""
                        select c.table_name, c.column_name, c.data_type from information_schema.columns c
                        join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
                        where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
                          and c.data_type in ('text', 'character varying', 'character', 'jsonb', 'json', 'ARRAY', 'bytea')
                        """)
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list();
        var found = new ArrayList<String>();
        for (String[] column : columns) {
            String condition = column[2].equals("bytea")
                    ? "position(convert_to(:value, 'UTF8') in \"" + column[1] + "\") > 0"
                    : "lower(\"" + column[1] + "\"::text) like '%' || lower(:value) || '%'";
            int rows = jdbc.sql("select count(*) from \"" + column[0] + "\" where " + condition)
                    .param("value", value)
                    .query(Integer.class)
                    .single();
            if (rows > 0) {
                found.add(column[0] + "." + column[1]);
            }
        }
        return found;
    }

    @Test
    void erasureLeavesNoTraceOfThePersonButKeepsTheAgreementsAmounts() throws Exception {
        Person ingrid = everywhere();
        String surname = ingrid.name().substring("Ingrid ".length());
        assertThat(placesHolding(surname)).isNotEmpty();
        assertThat(placesHolding(ingrid.email())).isNotEmpty();

        mvc.perform(get("/privacy/my-data/erase").session(ingrid.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tidligere medlem #nummer")));
        mvc.perform(post("/privacy/my-data/erase")
                        .with(csrf())
                        .session(ingrid.session())
                        .param("password", "not my password")
                        .param("confirm", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Adgangskoden er forkert.")));
        mvc.perform(post("/privacy/my-data/erase")
                        .with(csrf())
                        .session(ingrid.session())
                        .param("password", Sessions.PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sæt flueben for at bekræfte.")));
        assertThat(placesHolding(ingrid.email())).isNotEmpty();

        mvc.perform(post("/privacy/my-data/erase")
                        .with(csrf())
                        .session(ingrid.session())
                        .param("password", Sessions.PASSWORD)
                        .param("confirm", "true"))
                .andExpect(redirectedUrl("/"));

        assertThat(placesHolding(ingrid.email())).isEmpty();
        assertThat(placesHolding(surname)).isEmpty();
        assertThat(jdbc.sql("select display_name from account where id = :id")
                        .param("id", ingrid.id())
                        .query(String.class)
                        .single())
                .isEqualTo("Tidligere medlem #" + ingrid.id());
        // the agreement is kept for the bookkeeping rules, to the øre, naming the anonymous account
        assertThat(jdbc.sql("""
                        select a.pay_from, p.half_hours from agreement a join agreement_party p on p.agreement_id = a.id
                        where a.id = :id and p.freelancer_id = :person
                        """)
                        .param("id", ingrid.agreementId())
                        .param("person", ingrid.id())
                        .query((rs, row) -> rs.getBigDecimal(1) + " " + rs.getInt(2))
                        .single())
                .isEqualTo(new BigDecimal("185.50") + " 8");
        assertThat(jdbc.sql("select count(*) from freelancer_profile where account_id = :id")
                        .param("id", ingrid.id())
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select requested_by from privacy_erasure where account_id = :id")
                        .param("id", ingrid.id())
                        .query(String.class)
                        .single())
                .isEqualTo("SELF");
        // signed out, and the password no longer opens anything
        mvc.perform(get("/privacy/my-data").session(ingrid.session())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/login").with(csrf()).param("email", ingrid.email()).param("password", Sessions.PASSWORD))
                .andExpect(header().string("Location", containsString("/login?")));
    }
}
