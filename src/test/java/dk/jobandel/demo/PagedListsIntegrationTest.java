package dk.jobandel.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dk.jobandel.matching.MatchingRuns;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.notifications.NoticeKind;
import dk.jobandel.notifications.Notifications;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import dk.jobandel.testsupport.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The long lists are paged (issue 20): the review queue, the consultants' roles and organisations, and the
 * notifications, each with more rows than one page. Page 2 shows the next rows in the list's order, with the filter
 * and sort kept in the links, "51–100 af 213" counts, and a page number that is no number is a page that says so
 * (400), a page past the end the last page. The demo data with copies of its own rows, removed again afterwards.
 */
@ApplicationTest
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagedListsIntegrationTest {

    static final int SIZE = 50;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MatchingRuns matching;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    Notifications notifications;

    @Autowired
    MessageSource messages;

    @Value("${jobandel.demo.password}")
    String password;

    MockHttpSession consultant;
    long organisation;
    final List<Long> copiedProposals = new ArrayList<>();
    final List<Long> copiedRoles = new ArrayList<>();
    final List<Long> addedOrganisations = new ArrayList<>();

    @BeforeAll
    void queueWithMoreThanTwoPages() throws Exception {
        matching.runAll(MatchingRuns.Trigger.MANUAL, null);
        consultant = new Sessions(mvc, registration, organisations)
                .login(DemoData.CONSULTANTS.getFirst().email(), password);
        // the demo organisation with the most proposals awaiting review, given 120 more (copies of its own)
        organisation = jdbc.sql("""
                        select r.organisation_id from proposal p join shared_role r on r.id = p.role_id
                        where p.review_status = 'UNREVIEWED' and p.kind in ('SINGLE', 'TEAM')
                        group by r.organisation_id order by count(*) desc, r.organisation_id limit 1
                        """).query(Long.class).single();
        List<Long> originals =
                jdbc.sql("""
                        select p.id from proposal p join shared_role r on r.id = p.role_id
                        where p.review_status = 'UNREVIEWED' and p.kind in ('SINGLE', 'TEAM')
                          and r.organisation_id = :org order by p.id
                        """).param("org", organisation).query(Long.class).list();
        String proposalColumns = columns("proposal", "id", "created_at", "score");
        String memberColumns = columns("proposal_member", "proposal_id");
        for (int k = 0; k < 120; k++) {
            long original = originals.get(k % originals.size());
            long copy = jdbc.sql("insert into proposal (" + proposalColumns + ", created_at, score) select "
                            + proposalColumns
                            + ", now() - interval '20 days' + :k * interval '1 minute', :score"
                            + " from proposal where id = :id returning id")
                    .param("k", k)
                    .param("score", (k * 37) % 100)
                    .param("id", original)
                    .query(Long.class)
                    .single();
            jdbc.sql("insert into proposal_member (proposal_id, " + memberColumns + ") select :copy, " + memberColumns
                            + " from proposal_member where proposal_id = :id")
                    .param("copy", copy)
                    .param("id", original)
                    .update();
            copiedProposals.add(copy);
        }
        // 60 more roles for the same organisation (drafts, so matching leaves them alone)
        long role = jdbc.sql("select min(id) from shared_role where organisation_id = :org")
                .param("org", organisation)
                .query(Long.class)
                .single();
        String roleColumns = columns("shared_role", "id", "created_at", "status", "title");
        for (int k = 0; k < 60; k++) {
            copiedRoles.add(jdbc.sql("insert into shared_role (" + roleColumns + ", created_at, status, title) select "
                            + roleColumns
                            + ", now() + :k * interval '1 second', 'DRAFT', 'Kopi ' || :k from shared_role"
                            + " where id = :id returning id")
                    .param("k", k)
                    .param("id", role)
                    .query(Long.class)
                    .single());
        }
        // 55 organisations awaiting verification
        for (int k = 0; k < 55; k++) {
            addedOrganisations.add(jdbc.sql("""
                            insert into organisation (name, cvr, type, municipality_code, created_at)
                            values ('Venter ' || :k, :cvr, 'WORKER_COOPERATIVE', 751,
                                    now() - interval '30 days' + :k * interval '1 minute')
                            returning id
                            """)
                    .param("k", k)
                    .param("cvr", Sessions.uniqueCvr())
                    .query(Long.class)
                    .single());
        }
    }

    @AfterAll
    void removeTheCopies() {
        jdbc.sql("delete from proposal where id = any(:ids)")
                .param("ids", copiedProposals.toArray(Long[]::new))
                .update();
        jdbc.sql("delete from shared_role where id = any(:ids)")
                .param("ids", copiedRoles.toArray(Long[]::new))
                .update();
        jdbc.sql("delete from organisation where id = any(:ids)")
                .param("ids", addedOrganisations.toArray(Long[]::new))
                .update();
    }

    /** A table's columns, without those named (which the copy sets itself or the database generates). */
    private String columns(String table, String... without) {
        return jdbc.sql("""
                        select string_agg(column_name, ', ' order by ordinal_position) from information_schema.columns
                        where table_schema = current_schema() and table_name = :table
                          and is_generated = 'NEVER' and is_identity = 'NO' and column_name <> all(:without)
                        """)
                .param("table", table)
                .param("without", without)
                .query(String.class)
                .single();
    }

    MockHttpServletResponse response(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse();
    }

    String page(MockHttpSession session, String path) throws Exception {
        MockHttpServletResponse response = response(session, path);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    static List<Long> ids(String html, String pattern) {
        List<Long> ids = new ArrayList<>();
        Matcher m = Pattern.compile(pattern).matcher(html);
        while (m.find()) {
            long id = Long.parseLong(m.group(1));
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    List<Long> queueInDatabase(String order) {
        return jdbc.sql("""
                        select p.id from proposal p join shared_role r on r.id = p.role_id
                        where p.review_status = 'UNREVIEWED' and p.kind in ('SINGLE', 'TEAM') and r.organisation_id = :org
                        order by\s""" + order)
                .param("org", organisation)
                .query(Long.class)
                .list();
    }

    @Test
    void theConsultantsDashboardCountsTheReviewQueueAsTheQueuePageListsIt() throws Exception {
        int waiting = jdbc.sql("select count(*) from proposal where review_status = 'UNREVIEWED'"
                        + " and kind in ('SINGLE', 'TEAM')")
                .query(Integer.class)
                .single();
        assertThat(waiting).isGreaterThan(120);
        int listed = Math.min(waiting, 200); // the queue page lists up to 200 (review.Reviews.QUEUE_LIMIT)
        assertThat(page(consultant, "/dashboard")).contains(Texts.shown(messages, "dashboard.review.waiting", listed));
    }

    @Test
    void theReviewQueuesSecondPageHoldsTheNextOldestProposalsAndSaysWhereItIs() throws Exception {
        List<Long> expected = queueInDatabase("p.created_at, p.id");
        int total = expected.size();
        assertThat(total).isGreaterThan(2 * SIZE);

        String first = page(consultant, "/consultant/review?organisation=" + organisation);
        assertThat(ids(first, "/consultant/review/(\\d+)\\?")).isEqualTo(expected.subList(0, SIZE));
        assertThat(first).contains("1–50 af " + total).contains("Side 1 af 3");
        assertThat(first).contains("href=\"/consultant/review?organisation=" + organisation + "&amp;page=1\"");
        assertThat(first).doesNotContain("rel=\"prev\"");

        String second = page(consultant, "/consultant/review?organisation=" + organisation + "&page=1");
        assertThat(ids(second, "/consultant/review/(\\d+)\\?")).isEqualTo(expected.subList(SIZE, 2 * SIZE));
        assertThat(second).contains("51–100 af " + total).contains("Side 2 af 3");
        assertThat(second).contains("rel=\"prev\"").contains("rel=\"next\"");

        String english = mvc.perform(get("/consultant/review?organisation=" + organisation + "&page=1")
                        .session(consultant)
                        .cookie(new jakarta.servlet.http.Cookie("JOBANDEL_LANG", "en")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(english).contains("51–100 of " + total).contains("Page 2 of 3");
    }

    @Test
    void theQueueSortedByScoreKeepsItsOrderAcrossPages() throws Exception {
        List<Long> expected = queueInDatabase("p.score desc, p.created_at, p.id");
        String second = page(consultant, "/consultant/review?organisation=" + organisation + "&sort=score&page=1");
        assertThat(ids(second, "/consultant/review/(\\d+)\\?")).isEqualTo(expected.subList(SIZE, 2 * SIZE));
        // the pages' links keep the sort and the filter
        assertThat(second)
                .contains("href=\"/consultant/review?organisation=" + organisation + "&amp;sort=score&amp;page=2\"")
                .contains("href=\"/consultant/review?organisation=" + organisation + "&amp;sort=score\"");
    }

    @Test
    void aProposalBeyondTheFirstPageKnowsItsPlaceAndTheNextOne() throws Exception {
        List<Long> expected = queueInDatabase("p.created_at, p.id");
        int total = expected.size();
        String proposal = page(consultant, "/consultant/review/" + expected.get(59) + "?organisation=" + organisation);
        assertThat(proposal).contains("Forslag 60 af " + total);
        assertThat(proposal)
                .contains("href=\"/consultant/review/" + expected.get(60) + "?organisation=" + organisation + "\"");

        String last = page(consultant, "/consultant/review/" + expected.getLast() + "?organisation=" + organisation);
        assertThat(last).contains("Forslag " + total + " af " + total);
        // no next proposal: back to the queue's page that held it, the last
        assertThat(last)
                .contains("href=\"/consultant/review?organisation=" + organisation + "&amp;page=" + ((total - 1) / SIZE)
                        + "\"");
    }

    @Test
    void theConsultantsRolesListIsPagedNewestFirstWithItsFilterKept() throws Exception {
        List<Long> expected = jdbc.sql(
                        "select id from shared_role where organisation_id = :org order by created_at desc, id desc")
                .param("org", organisation)
                .query(Long.class)
                .list();
        int total = expected.size();
        assertThat(total).isGreaterThan(SIZE);
        String second = page(consultant, "/consultant/roles?organisation=" + organisation + "&page=1");
        assertThat(ids(second, "/consultant/roles/(\\d+)\""))
                .isEqualTo(expected.subList(SIZE, Math.min(2 * SIZE, total)));
        assertThat(second).contains("51–" + Math.min(2 * SIZE, total) + " af " + total);
        assertThat(second).contains("href=\"/consultant/roles?organisation=" + organisation + "\"");
    }

    @Test
    void theOrganisationsAwaitingVerificationArePagedOldestFirst() throws Exception {
        List<Long> expected = jdbc.sql("""
                        select id from organisation where verification_status = 'AWAITING_VERIFICATION'
                        order by created_at, id
                        """).query(Long.class).list();
        int total = expected.size();
        assertThat(total).isGreaterThan(SIZE);
        String first = page(consultant, "/consultant/organisations");
        assertThat(ids(first, "/consultant/organisations/(\\d+)\"")).isEqualTo(expected.subList(0, SIZE));
        String second = page(consultant, "/consultant/organisations?page=1");
        assertThat(ids(second, "/consultant/organisations/(\\d+)\""))
                .isEqualTo(expected.subList(SIZE, Math.min(2 * SIZE, total)));
        assertThat(second).contains("51–" + Math.min(2 * SIZE, total) + " af " + total);
    }

    @Test
    void notificationsArePagedNewestFirst() throws Exception {
        var sessions = new Sessions(mvc, registration, organisations);
        Sessions.Member member = sessions.freelancer("Mange Beskeder");
        for (int i = 0; i < 60; i++) {
            notifications.notify(
                    member.accountId(), NoticeKind.COLLEAGUE_JOINED, List.of("Kollega " + i, "Demo"), "/dashboard");
        }
        String first = page(member.session(), "/notifications");
        assertThat(kollegas(first)).hasSize(SIZE).startsWith(59, 58);
        assertThat(first).contains("1–50 af 60");
        String second = page(member.session(), "/notifications?page=1");
        assertThat(kollegas(second)).containsExactly(9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
        assertThat(second).contains("51–60 af 60").contains("Side 2 af 2").doesNotContain("rel=\"next\"");
        // a page past the end is the last page
        assertThat(kollegas(page(member.session(), "/notifications?page=40")))
                .containsExactly(9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
    }

    private static List<Integer> kollegas(String html) {
        return Pattern.compile("Kollega (\\d+) har sagt ja")
                .matcher(html)
                .results()
                .map(r -> Integer.parseInt(r.group(1)))
                .collect(Collectors.toList());
    }

    @Test
    void aPageNumberThatIsNoNumberIsAPageThatSaysSoAndOnePastTheEndIsTheLastPage() throws Exception {
        for (String path : List.of(
                "/consultant/review?page=abc",
                "/consultant/review?organisation=" + organisation + "&page=-1",
                "/consultant/roles?page=1e3",
                "/consultant/organisations?page=%27%3B--",
                "/notifications?page=99999999999999999999")) {
            MockHttpServletResponse response = response(consultant, path);
            assertThat(response.getStatus()).as(path).isEqualTo(400);
            assertThat(response.getContentAsString())
                    .as(path)
                    .contains("Den side findes ikke")
                    .contains("Gå til listens første side");
        }
        List<Long> expected = queueInDatabase("p.created_at, p.id");
        int total = expected.size();
        String beyond = page(consultant, "/consultant/review?organisation=" + organisation + "&page=500");
        int lastPage = (total - 1) / SIZE;
        assertThat(ids(beyond, "/consultant/review/(\\d+)\\?")).isEqualTo(expected.subList(lastPage * SIZE, total));
        assertThat(beyond).contains((lastPage * SIZE + 1) + "–" + total + " af " + total);
        String rolesBeyond = page(consultant, "/consultant/roles?organisation=" + organisation + "&page=77");
        assertThat(rolesBeyond).contains(" af ").contains("rel=\"prev\"");
    }
}
