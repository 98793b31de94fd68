package dk.jobandel.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.matching.MatchingRuns;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.platform.PersonalData;
import dk.jobandel.testsupport.DemoBookingTest;
import dk.jobandel.testsupport.Sessions;
import dk.jobandel.testsupport.SignedIn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * From a proposal to an agreement on the demo data, through the pages: review, offers, accept only together,
 * declines, expiry, and who may see what. A {@link DemoBookingTest}: apart from the other demo tests, because
 * agreements book demo people's time.
 */
@DemoBookingTest
class ReviewIntegrationTest {

    static final String DEMO_PASSWORD = "jobandel-demo-2026";

    @Autowired
    dk.jobandel.members.Actors actors;

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MatchingRuns runs;

    @Autowired
    Reviews reviews;

    @Autowired
    ReviewQueue queue;

    @Autowired
    Offers offers;

    Sessions sessions;
    MockHttpSession consultant;

    @BeforeEach
    void matchingHasRun() throws Exception {
        sessions = new Sessions(mvc, registration, organisations);
        consultant = sessions.login("konsulent@demo.jobandel.dk", DEMO_PASSWORD);
        runs.runAll(MatchingRuns.Trigger.MANUAL, null).orElseThrow();
    }

    record Pending(long id, long version, long roleId) {}

    /** The best unreviewed team of a demo role. */
    Pending bestTeam(String roleTitle) {
        return jdbc.sql("""
                        select p.id, p.version, p.role_id from proposal p join shared_role r on r.id = p.role_id
                        where r.title = :title and p.kind = 'TEAM' and p.review_status = 'UNREVIEWED'
                        order by p.rank limit 1
                        """)
                .param("title", roleTitle)
                .query((rs, row) -> new Pending(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
    }

    Map<String, Long> offerIdsByEmail(long proposalId) {
        Map<String, Long> ids = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select a.email, o.id from offer o join account a on a.id = o.freelancer_id
                        where o.proposal_id = :p
                        union all
                        select (select min(a.email) from organisation_staff s join account a on a.id = s.account_id
                                where s.organisation_id = o.organisation_id), o.id
                        from offer o where o.proposal_id = :p and o.party = 'ORGANISATION'
                        """).param("p", proposalId).query(rs -> {
            ids.put(rs.getString(1), rs.getLong(2));
        });
        return ids;
    }

    long version(long offerId) {
        return jdbc.sql("select version from offer where id = :id")
                .param("id", offerId)
                .query(Long.class)
                .single();
    }

    String reviewStatus(long proposalId) {
        return jdbc.sql("select review_status from proposal where id = :id")
                .param("id", proposalId)
                .query(String.class)
                .single();
    }

    void approve(Pending proposal) throws Exception {
        mvc.perform(post("/consultant/review/" + proposal.id() + "/approve")
                        .with(csrf())
                        .session(consultant)
                        .param("version", String.valueOf(proposal.version())))
                .andExpect(redirectedUrl("/consultant/review/" + proposal.id()))
                .andExpect(flash().attribute("flash", "review.approved"));
    }

    /** The proposal links of the queue page, in the order shown. */
    List<Long> queueOrder(String query) throws Exception {
        String page = mvc.perform(get("/consultant/review" + query).session(consultant))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Long> ids = new ArrayList<>();
        var links = java.util.regex.Pattern.compile("<th scope=\"row\">\\s*<a href=\"/consultant/review/(\\d+)")
                .matcher(page);
        while (links.find()) {
            ids.add(Long.parseLong(links.group(1)));
        }
        return ids;
    }

    @Test
    void theQueueNamesThePeopleSortsByAValidatedParameterAndTheProposalPageDecidesFirst() throws Exception {
        // the proposals of one role were made a day earlier: they have waited longest and come first
        String role = jdbc.sql("""
                        select r.title from proposal p join shared_role r on r.id = p.role_id
                        where p.kind = 'TEAM' and p.review_status = 'UNREVIEWED' order by r.id limit 1
                        """).query(String.class).single();
        Pending team = bestTeam(role);
        jdbc.sql("update proposal set created_at = created_at - interval '1 day' where role_id = :role")
                .param("role", team.roleId())
                .update();
        List<Long> oldestFirst = queueOrder("");
        assertThat(oldestFirst).isNotEmpty().contains(team.id());
        assertThat(queue.queue(new ReviewQueue.QueueFilter(null, null, null, null, null))
                        .getFirst()
                        .proposal()
                        .roleId())
                .isEqualTo(team.roleId());
        assertThat(queueOrder("?sort=nonsense")).isEqualTo(oldestFirst);
        assertThat(queueOrder("?sort=%27;drop")).isEqualTo(oldestFirst);

        List<ReviewQueue.QueueRow> byScore =
                queue.queue(new ReviewQueue.QueueFilter(null, null, null, null, null), ReviewQueue.QueueOrder.SCORE);
        assertThat(queueOrder("?sort=score"))
                .isEqualTo(byScore.stream().map(r -> r.proposal().id()).toList());
        assertThat(byScore)
                .extracting(r -> r.proposal().score())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        for (String sort : List.of("people", "role", "organisation", "waited", "SCORE")) {
            assertThat(queueOrder("?sort=" + sort)).as(sort).containsExactlyInAnyOrderElementsOf(oldestFirst);
        }

        String names = String.join(
                ", ", jdbc.sql("""
                        select a.display_name from proposal_member m join account a on a.id = m.freelancer_id
                        where m.proposal_id = :id order by m.position
                        """).param("id", team.id()).query(String.class).list());
        mvc.perform(get("/consultant/review").session(consultant))
                .andExpect(content().string(containsString(names)))
                .andExpect(content().string(containsString(role)))
                .andExpect(content().string(containsString("24 timer")))
                .andExpect(content().string(containsString("href=\"/consultant/review?sort=score\"")));

        // the proposal page: the summary per criterion, the place in the queue and the next proposal in that queue
        int position = oldestFirst.indexOf(team.id());
        String page = mvc.perform(get("/consultant/review/" + team.id()).session(consultant))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Dækning", "Kompetencer", "Timer", "Afstand", "Arbejdsstil", "Rettigheder")
                .contains("Forslag " + (position + 1) + " af " + oldestFirst.size())
                .contains("Begrundelse for at afvise")
                .contains("Sådan er scoren regnet ud")
                .doesNotContain(" 0 km");
        // the score breakdown is shown, not folded away (the header's menus are disclosures of their own)
        assertThat(page.substring(page.indexOf("<main"))).doesNotContain("<details");
        if (position + 1 < oldestFirst.size()) {
            assertThat(page).contains("href=\"/consultant/review/" + oldestFirst.get(position + 1) + "\"");
        }
        // the order travels with the links: the next proposal by score
        mvc.perform(get("/consultant/review/" + byScore.getFirst().proposal().id())
                        .param("sort", "score")
                        .session(consultant))
                .andExpect(content().string(containsString("Forslag 1 af " + byScore.size())))
                .andExpect(content()
                        .string(containsString("/consultant/review/"
                                + byScore.get(1).proposal().id() + "?sort=score")));
        // a filter that does not read is no filter, never an error
        mvc.perform(get("/consultant/review/" + team.id())
                        .param("organisation", "x")
                        .param("sort", "%%")
                        .session(consultant))
                .andExpect(status().isOk());
    }

    @Test
    void aConsultantApprovesATeamEveryPartyAcceptsAndTheAgreementIsMade() throws Exception {
        Pending team = bestTeam("Kok i frokostkantinen");
        mvc.perform(get("/consultant/review").session(consultant))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/consultant/review/" + team.id())));
        mvc.perform(get("/consultant/review/" + team.id()).session(consultant))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hvad det betyder for hver person")))
                .andExpect(content().string(containsString("ansættelsesbevis")))
                .andExpect(content().string(containsString("Godkend og send tilbud")));

        approve(team);
        assertThat(reviewStatus(team.id())).isEqualTo("OFFERED");
        Map<String, Long> offerIds = offerIdsByEmail(team.id());
        assertThat(offerIds).hasSize(3);
        // every party is told, in the centre and by e-mail, with a link to their own offer
        for (var offer : offerIds.entrySet()) {
            assertThat(noticeLinks(offer.getKey(), "OFFER_RECEIVED")).contains("/offers/" + offer.getValue());
            assertThat(mailsTo(offer.getKey()))
                    .anySatisfy(subject -> assertThat(subject).startsWith("Nyt tilbud: Kok i frokostkantinen"));
        }

        // a second consultant acting on what they saw before is told, and nothing is sent twice
        var colleague = sessions.consultant("Kollega").session();
        mvc.perform(post("/consultant/review/" + team.id() + "/approve")
                        .with(csrf())
                        .session(colleague)
                        .param("version", String.valueOf(team.version())))
                .andExpect(flash().attribute("flash", "review.changed"));
        assertThat(offerIdsByEmail(team.id())).hasSize(3);

        // nobody else sees or answers these offers
        var stranger = sessions.freelancer("Fremmed").session();
        var otherCoop = sessions.cooperative("Andet kooperativ", true).staff().session();
        for (long offerId : offerIds.values()) {
            for (var outsider : List.of(stranger, otherCoop)) {
                mvc.perform(get("/offers/" + offerId).session(outsider)).andExpect(status().isNotFound());
                mvc.perform(post("/offers/" + offerId + "/accept")
                                .with(csrf())
                                .session(outsider)
                                .param("version", "0"))
                        .andExpect(status().isNotFound());
            }
            mvc.perform(get("/offers/" + offerId).session(consultant)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/consultant/review").session(stranger)).andExpect(status().isForbidden());
        mvc.perform(get("/consultant/review/" + team.id()).session(otherCoop)).andExpect(status().isForbidden());

        List<String> emails = new ArrayList<>(offerIds.keySet());
        for (int i = 0; i < emails.size(); i++) {
            String email = emails.get(i);
            long offerId = offerIds.get(email);
            MockHttpSession party = sessions.login(email, DEMO_PASSWORD);
            mvc.perform(get("/offers").session(party))
                    .andExpect(content().string(containsString("/offers/" + offerId)));
            mvc.perform(get("/offers/" + offerId).session(party))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Kontaktoplysninger vises, når alle har sagt ja.")))
                    .andExpect(content().string(not(containsString(emails.get((i + 1) % emails.size())))));
            mvc.perform(post("/offers/" + offerId + "/accept")
                            .with(csrf())
                            .session(party)
                            .param("version", String.valueOf(version(offerId))))
                    .andExpect(redirectedUrl("/offers/" + offerId))
                    .andExpect(flash().attribute("flash", "offer.accepted"));
            assertThat(reviewStatus(team.id())).isEqualTo(i < emails.size() - 1 ? "OFFERED" : "AGREED");
        }
        for (String email : emails) {
            assertThat(noticeLinks(email, "OFFER_ALL_ACCEPTED")).contains("/offers/" + offerIds.get(email));
        }
        assertThat(jdbc.sql("select count(*) from agreement where proposal_id = :p")
                        .param("p", team.id())
                        .query(Long.class)
                        .single())
                .isOne();
        String firstEmail = emails.getFirst();
        mvc.perform(get("/offers/" + offerIds.get(firstEmail)).session(sessions.login(firstEmail, DEMO_PASSWORD)))
                .andExpect(content().string(containsString(emails.get(1))))
                .andExpect(content().string(containsString("Åbn aftalen")));
        assertThat(jdbc.sql("select status from shared_role where id = :id")
                        .param("id", team.roleId())
                        .query(String.class)
                        .single())
                .isEqualTo("FILLED");
        // matching no longer counts the booked time as free (for any role: reopen this one to see it too)
        jdbc.sql("update shared_role set status = 'PUBLISHED' where id = :id")
                .param("id", team.roleId())
                .update();
        runs.runAll(MatchingRuns.Trigger.MANUAL, null).orElseThrow();
        List<Long> overlapping =
                jdbc.sql("""
                        select m.proposal_id from proposal_member m join proposal p on p.id = m.proposal_id
                        join agreement_party a on a.freelancer_id = m.freelancer_id
                        join agreement g on g.id = a.agreement_id and g.proposal_id = :agreed
                        where p.review_status = 'UNREVIEWED'
                          and exists (select 1 from generate_series(0, 41) i
                                      where get_byte(m.assigned, i) & get_byte(a.slots, i) <> 0)
                        """).param("agreed", team.id()).query(Long.class).list();
        assertThat(overlapping).isEmpty();
        mvc.perform(get("/consultant/review/" + team.id()).session(consultant))
                .andExpect(content().string(containsString("Sagt ja")))
                .andExpect(content().string(containsString("Aftalt")))
                .andExpect(content().string(not(containsString("Godkend og send tilbud"))));
    }

    @Autowired
    RoleActivityOfReviews roleActivity;

    @Autowired
    FreelancerProgressPanel progressPanel;

    @Autowired
    OfferedPeople offeredPeople;

    @Autowired
    List<PersonalData> personalData;

    long count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    /**
     * What review counts through matching's API (it reads no proposal table itself) is what the proposals say: the
     * role page's waiting proposals and pending offers, the consultant's header figure, the freelancer's progress and
     * the impact module's people offered work.
     */
    @Test
    void theRolePageTheHeaderTheDashboardAndImpactCountTheOffersOfAnApprovedTeam() throws Exception {
        String role = jdbc.sql("""
                        select r.title from proposal p join shared_role r on r.id = p.role_id
                        where p.kind = 'TEAM' and p.review_status = 'UNREVIEWED' order by r.id desc limit 1
                        """).query(String.class).single();
        Pending team = bestTeam(role);
        String waitingSql = """
                select count(*) from proposal where role_id = :id and review_status = 'UNREVIEWED'
                  and kind in ('SINGLE', 'TEAM')""";
        String pendingSql = """
                select count(*) from offer o join proposal p on p.id = o.proposal_id
                where p.role_id = :id and o.status = 'PENDING'""";
        long waiting = count(waitingSql, team.roleId());
        long pending = count(pendingSql, team.roleId());
        var before = roleActivity.of(team.roleId());
        assertThat(before.proposalsWaiting()).isEqualTo(waiting).isPositive();
        assertThat(before.offersPending()).isEqualTo(pending);

        approve(team);

        var after = roleActivity.of(team.roleId());
        List<Long> people = jdbc.sql(
                        "select freelancer_id from proposal_member where proposal_id = :id order by position")
                .param("id", team.id())
                .query(Long.class)
                .list();
        assertThat(after.proposalsWaiting()).isEqualTo(waiting - 1);
        assertThat(after.offersPending()).isEqualTo(pending + people.size() + 1);
        assertThat(after.organisationToAnswer()).isTrue();

        long awaitingReview = jdbc.sql("""
                        select count(*) from proposal where review_status = 'UNREVIEWED'
                          and kind in ('SINGLE', 'TEAM', 'PORTFOLIO')
                        """).query(Long.class).single();
        String header = mvc.perform(get("/consultant/review").session(consultant))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var badge = java.util.regex.Pattern.compile("id=\"review-count\"[^>]*>(\\d+)<")
                .matcher(header);
        assertThat(badge.find()).isTrue();
        assertThat(Long.parseLong(badge.group(1))).isEqualTo(awaitingReview);

        long first = people.getFirst();
        var progress = (dk.jobandel.review.core.FreelancerProgress) progressPanel
                .modelFor(SignedIn.member(first, "FREELANCER"))
                .orElseThrow()
                .get("progress");
        assertThat(progress.current()).isEqualTo(dk.jobandel.review.core.FreelancerProgress.Step.OFFER);
        assertThat(progress.count())
                .isEqualTo(count("select count(*) from offer where freelancer_id = :id and status = 'PENDING'", first));

        java.time.LocalDate offeredOn = jdbc.sql("select created_at from offer where proposal_id = :id limit 1")
                .param("id", team.id())
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant()
                .atZone(java.time.ZoneId.of("Europe/Copenhagen"))
                .toLocalDate();
        long cooperative = count("select organisation_id from shared_role where id = :id", team.roleId());
        for (long person : people) {
            assertThat(offeredPeople.between(offeredOn, offeredOn))
                    .contains(new OfferedPeople.Offered(person, offeredOn, null, List.of(cooperative)));
        }

        // the person's data export names the role of their offer and of the proposal, as before, without review or
        // matching reading the roles' table
        Map<String, PersonalData> data = new java.util.HashMap<>();
        personalData.forEach(p -> data.put(p.name(), p));
        @SuppressWarnings("unchecked")
        var offersOfFirst =
                (List<Map<String, Object>>) data.get("offers").export(first).get("offers");
        assertThat(offersOfFirst)
                .filteredOn(o -> ((Number) o.get("proposal_id")).longValue() == team.id())
                .singleElement()
                .satisfies(o -> assertThat(o.get("role_or_pool")).isEqualTo(role));
        @SuppressWarnings("unchecked")
        var naming =
                (List<Map<String, Object>>) data.get("proposals").export(first).get("proposalsNamingYou");
        assertThat(naming)
                .filteredOn(p -> ((Number) p.get("id")).longValue() == team.id())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.keySet())
                            .containsExactly(
                                    "id",
                                    "kind",
                                    "review_status",
                                    "score",
                                    "created_at",
                                    "role_or_pool",
                                    "half_hours",
                                    "slots");
                    assertThat(p.get("role_or_pool")).isEqualTo(role);
                    assertThat(p.get("review_status")).isEqualTo("OFFERED");
                });
    }

    @Test
    void badFilterInputIsShownNextToTheFieldAndStrangersAreSentToLogIn() throws Exception {
        mvc.perform(get("/consultant/review").session(consultant).param("minScore", "høj"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("minScore-error")));
        mvc.perform(get("/consultant/review").session(consultant).param("minScore", "120"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Skriv en score fra 0 til 100.")));
        mvc.perform(get("/consultant/review").session(consultant).param("kind", "POOL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("kind-error")));
        // the chosen municipality and skill stay chosen in the filter's selects (written by the ref: dialect)
        mvc.perform(get("/consultant/review")
                        .session(consultant)
                        .param("municipality", "751")
                        .param("skill", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"751\" selected>Aarhus</option>")))
                .andExpect(content().string(containsString("<option value=\"1\" selected>")));
        mvc.perform(post("/offers/1/accept").with(csrf()).param("version", "x").session(consultant))
                .andExpect(status().isForbidden());
        for (String path : List.of("/consultant/review", "/offers", "/offers/1")) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection());
        }
    }

    @Test
    void aDeclineEndsTheOfferForEveryoneAndMatchingDoesNotMakeTheSameProposalAgain() throws Exception {
        Pending team = bestTeam("Energirådgiver");
        approve(team);
        Map<String, Long> offerIds = offerIdsByEmail(team.id());
        String decliner = offerIds.keySet().iterator().next();
        long offerId = offerIds.get(decliner);
        mvc.perform(post("/offers/" + offerId + "/decline")
                        .with(csrf())
                        .session(sessions.login(decliner, DEMO_PASSWORD))
                        .param("version", String.valueOf(version(offerId)))
                        .param("reason", "Jeg har fået andet arbejde"))
                .andExpect(flash().attribute("flash", "offer.declined"));
        assertThat(reviewStatus(team.id())).isEqualTo("DECLINED");
        offerIds.keySet()
                .forEach(email ->
                        assertThat(noticeLinks(email, "OFFER_DECLINED")).hasSize(1));
        assertThat(jdbc.sql("select status from offer where proposal_id = :p order by id")
                        .param("p", team.id())
                        .query(String.class)
                        .list())
                .containsOnly("DECLINED", "WITHDRAWN")
                .contains("DECLINED");
        String fingerprint = fingerprint(team.id());

        runs.runAll(MatchingRuns.Trigger.MANUAL, null).orElseThrow();
        assertThat(unreviewedTeams(team.roleId())).doesNotContain(fingerprint);
        // it is the remembered refusal that keeps it out: without it, the same team comes back
        jdbc.sql("delete from proposal_refusal where role_id = :role")
                .param("role", team.roleId())
                .update();
        runs.runAll(MatchingRuns.Trigger.MANUAL, null).orElseThrow();
        assertThat(unreviewedTeams(team.roleId())).contains(fingerprint);
        mvc.perform(get("/consultant/review/" + team.id()).session(consultant))
                .andExpect(content().string(containsString("Jeg har fået andet arbejde")));
    }

    @Test
    void aRejectionNeedsAReasonWhichIsKept() throws Exception {
        Pending team = bestTeam("Frivilligkoordinator");
        mvc.perform(post("/consultant/review/" + team.id() + "/reject")
                        .with(csrf())
                        .session(consultant)
                        .param("version", String.valueOf(team.version()))
                        .param("reason", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Skriv, hvorfor forslaget afvises.")));
        assertThat(reviewStatus(team.id())).isEqualTo("UNREVIEWED");
        mvc.perform(post("/consultant/review/" + team.id() + "/reject")
                        .with(csrf())
                        .session(consultant)
                        .param("version", String.valueOf(team.version()))
                        .param("reason", "For langt mellem de to"))
                .andExpect(redirectedUrl("/consultant/review"));
        assertThat(reviewStatus(team.id())).isEqualTo("REJECTED");
        mvc.perform(get("/consultant/review/" + team.id()).session(consultant))
                .andExpect(content().string(containsString("For langt mellem de to")))
                .andExpect(content().string(containsString("Afvist")));
    }

    @Test
    void anAdjustedSplitIsCheckedAgainAndABadOneChangesNothing() throws Exception {
        Pending team = bestTeam("Tømrer til energirenovering");
        mvc.perform(post("/consultant/review/" + team.id() + "/approve")
                        .with(csrf())
                        .session(consultant)
                        .param("version", String.valueOf(team.version()))
                        .param("split[0]", "man 08:00–09:00")
                        .param("split[1]", "tir 25:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("split1-error")));
        mvc.perform(post("/consultant/review/" + team.id() + "/approve")
                        .with(csrf())
                        .session(consultant)
                        .param("version", String.valueOf(team.version()))
                        .param("split[0]", "man 08:00–09:00")
                        .param("split[1]", "man 09:00–10:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ingen dækker")));
        assertThat(reviewStatus(team.id())).isEqualTo("UNREVIEWED");
        assertThat(offerIdsByEmail(team.id())).isEmpty();
    }

    @Test
    void unansweredOffersExpireForEveryone() throws Exception {
        Pending team = bestTeam("Webudvikler til kooperative kunder");
        approve(team);
        jdbc.sql("update offer set expires_at = now() - interval '1 minute' where proposal_id = :p")
                .param("p", team.id())
                .update();
        assertThat(offers.expireDue()).isEqualTo(1);
        assertThat(reviewStatus(team.id())).isEqualTo("EXPIRED");
        assertThat(jdbc.sql("select distinct status from offer where proposal_id = :p")
                        .param("p", team.id())
                        .query(String.class)
                        .list())
                .containsExactly("EXPIRED");
        var first = offerIdsByEmail(team.id()).entrySet().iterator().next();
        mvc.perform(post("/offers/" + first.getValue() + "/accept")
                        .with(csrf())
                        .session(sessions.login(first.getKey(), DEMO_PASSWORD))
                        .param("version", String.valueOf(version(first.getValue()))))
                .andExpect(flash().attribute("flash", "offer.changed"));
    }

    @Test
    void twoConsultantsApprovingAtOnceSendOneSetOfOffers() throws Exception {
        Pending team = bestTeam("Rengøring og vinduespudsning");
        long first = jdbc.sql("select id from account where email = 'konsulent@demo.jobandel.dk'")
                .query(Long.class)
                .single();
        long second = sessions.consultant("Samtidig").accountId();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (long consultantId : List.of(first, second)) {
                outcomes.add(pool.submit(() -> {
                    var reviewer = actors.of(consultantId);
                    start.await();
                    try {
                        reviews.approve(team.id(), team.version(), reviewer, null, Map.of());
                        return true;
                    } catch (ReviewRefused refused) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int approved = 0;
            for (Future<Boolean> outcome : outcomes) {
                approved += outcome.get() ? 1 : 0;
            }
            assertThat(approved).isOne();
        } finally {
            pool.shutdownNow();
        }
        assertThat(offerIdsByEmail(team.id())).hasSize(3);
    }

    private List<String> noticeLinks(String email, String kind) {
        return jdbc.sql("""
                        select n.link from notification n join account a on a.id = n.recipient_id
                        where a.email = :email and n.kind = :kind
                        """)
                .param("email", email)
                .param("kind", kind)
                .query(String.class)
                .list();
    }

    private List<String> mailsTo(String email) {
        return jdbc.sql("select subject from mail_outbox where recipient_email = :email")
                .param("email", email)
                .query(String.class)
                .list();
    }

    private List<String> unreviewedTeams(long roleId) {
        return jdbc.sql("""
                        select p.id from proposal p where p.role_id = :role and p.review_status = 'UNREVIEWED'
                        and p.kind = 'TEAM'
                        """).param("role", roleId).query(Long.class).list().stream()
                .map(this::fingerprint)
                .toList();
    }

    private String fingerprint(long proposalId) {
        return jdbc.sql("""
                        select string_agg(freelancer_id || ':' || encode(assigned, 'hex'), '|' order by freelancer_id)
                        from proposal_member where proposal_id = :p
                        """).param("p", proposalId).query(String.class).single();
    }
}
