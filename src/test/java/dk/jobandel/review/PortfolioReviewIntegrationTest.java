package dk.jobandel.review;

import static dk.jobandel.pools.PoolFixtures.details;
import static dk.jobandel.pools.PoolFixtures.need;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.freelancers.FreelancerProfiles;
import dk.jobandel.matching.PoolMatching;
import dk.jobandel.members.Actors;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.pools.PoolFixtures;
import dk.jobandel.pools.Pools;
import dk.jobandel.shared.WeekGrid;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A pool's portfolio from pool matching to an answer, through the pages: a consultant runs pool matching, reviews the
 * portfolio (two members' needs for one worker), approves it, and the worker and both members get offers that only
 * they can read; a decline ends it for all and the same portfolio is not made again.
 */
@ApplicationTest
class PortfolioReviewIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    FreelancerProfiles profiles;

    @Autowired
    Pools pools;

    @Autowired
    Actors actors;

    @Autowired
    PoolMatching matching;

    @Autowired
    JdbcClient jdbc;

    Sessions sessions;
    Sessions.Cooperative host;
    Sessions.Cooperative bikes;
    Sessions.Cooperative cafe;
    Sessions.Member worker;
    Sessions.Member consultant;
    long poolId;

    @BeforeEach
    void aPoolWithTwoMembersNeedsAndAWorker() throws Exception {
        sessions = new Sessions(mvc, registration, organisations);
        host = sessions.cooperative("Værten", true);
        bikes = sessions.cooperative("Cykelkooperativet", true);
        cafe = sessions.cooperative("Kaffekooperativet", true);
        consultant = sessions.consultant("Konsulent");
        poolId = pools.create(actors.of(host.staff().accountId()), null, details("Pulje " + UUID.randomUUID()));
        for (var member : List.of(bikes, cafe)) {
            pools.apply(actors.of(member.staff().accountId()), poolId);
            Pools.Member application =
                    pools.overview(actors.of(host.staff().accountId()), poolId, LocalDate.now()).members().stream()
                            .filter(m -> m.organisationId() == member.organisationId())
                            .findFirst()
                            .orElseThrow();
            pools.approve(actors.of(host.staff().accountId()), poolId, application.id(), application.version());
        }
        pools.postNeed(
                actors.of(bikes.staff().accountId()), poolId, need("Cykelreparation", DayOfWeek.MONDAY, 8, 12, "4"));
        pools.postNeed(actors.of(cafe.staff().accountId()), poolId, need("Barista", DayOfWeek.MONDAY, 13, 17, "3.5"));
        worker = sessions.freelancer("Wilma");
        PoolFixtures.wantsPoolWork(profiles, worker.accountId(), "Wilma", 5, 10);
        profiles.changeAvailability(
                worker.accountId(),
                profiles.profileOf(worker.accountId()).version(),
                WeekGrid.range(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(17, 0)));
        pools.addWorker(actors.of(host.staff().accountId()), poolId, worker.accountId());
    }

    private PoolMatching.PortfolioProposal onlyPortfolio() {
        List<PoolMatching.PortfolioProposal> all = matching.forPool(poolId).stream()
                .filter(PoolMatching.PortfolioProposal::reviewable)
                .toList();
        assertThat(all).hasSize(1);
        return all.getFirst();
    }

    private Map<String, Long> offerIdsByParty(long proposalId) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select id, party, coalesce(freelancer_id, organisation_id) from offer where proposal_id = :p")
                .param("p", proposalId)
                .query(rs -> {
                    ids.put(rs.getString(2) + ":" + rs.getLong(3), rs.getLong(1));
                });
        return ids;
    }

    private String reviewStatus(long proposalId) {
        return jdbc.sql("select review_status from proposal where id = :id")
                .param("id", proposalId)
                .query(String.class)
                .single();
    }

    @Test
    void aConsultantRunsPoolMatchingAndReadsTheWorkersWeekFromBothMembers() throws Exception {
        MockHttpSession me = consultant.session();
        mvc.perform(post("/consultant/pools/" + poolId + "/matching")
                        .with(csrf())
                        .session(me))
                .andExpect(redirectedUrl("/consultant/pools/" + poolId + "/portfolios"))
                .andExpect(flash().attributeExists("result"));

        PoolMatching.PortfolioProposal portfolio = onlyPortfolio();
        assertThat(portfolio.workerId()).isEqualTo(worker.accountId());
        assertThat(portfolio.organisationIds()).containsExactly(bikes.organisationId(), cafe.organisationId());
        assertThat(portfolio.hours()).isEqualTo(7.5);
        assertThat(portfolio.window())
                .isEqualTo(WeekGrid.range(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0))
                        .union(WeekGrid.range(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(17, 0))));

        mvc.perform(get("/consultant/pools/" + poolId + "/portfolios").session(me))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wilma")))
                .andExpect(content().string(containsString("Cykelkooperativet, Kaffekooperativet")));
        int waiting = matching.countUnreviewed(); // other tests' pools may have some too
        assertThat(waiting).isPositive();
        mvc.perform(get("/dashboard").session(me))
                .andExpect(content()
                        .string(containsString(
                                waiting == 1
                                        ? "1 puljeportefølje venter på gennemgang"
                                        : waiting + " puljeporteføljer venter på gennemgang")));
        mvc.perform(get("/consultant/review/portfolios").session(me))
                .andExpect(content().string(containsString("/consultant/review/portfolios/" + portfolio.id())));
        mvc.perform(get("/consultant/review/portfolios/" + portfolio.id()).session(me))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wilma – 7,5 timer om ugen")))
                .andExpect(content().string(containsString("Cykelreparation")))
                .andExpect(content().string(containsString("man 13:00–17:00")))
                .andExpect(content().string(containsString("Kaffekooperativet – 3,5 timer om ugen")));

        // a second run replaces the unreviewed portfolio with the same one, not a second copy
        matching.run(poolId, consultant.accountId());
        assertThat(onlyPortfolio().id()).isNotEqualTo(portfolio.id());

        // nobody but consultants reaches pool matching and portfolios
        for (var outsider : List.of(host.staff().session(), bikes.staff().session(), worker.session())) {
            mvc.perform(get("/consultant/review/portfolios/" + portfolio.id()).session(outsider))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/consultant/pools/" + poolId + "/matching")
                            .with(csrf())
                            .session(outsider))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/consultant/review/portfolios/999999999").session(me)).andExpect(status().isNotFound());
        mvc.perform(get("/consultant/pools/999999999/portfolios").session(me)).andExpect(status().isNotFound());
    }

    @Test
    void anApprovedPortfolioIsOfferedToTheWorkerAndEachMemberAndADeclineEndsItForAll() throws Exception {
        matching.run(poolId, consultant.accountId());
        PoolMatching.PortfolioProposal portfolio = onlyPortfolio();
        MockHttpSession me = consultant.session();

        // a rejection needs a reason, told next to the field
        mvc.perform(post("/consultant/review/portfolios/" + portfolio.id() + "/reject")
                        .with(csrf())
                        .session(me)
                        .param("version", String.valueOf(portfolio.version()))
                        .param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Skriv, hvorfor forslaget afvises.")));

        mvc.perform(post("/consultant/review/portfolios/" + portfolio.id() + "/approve")
                        .with(csrf())
                        .session(me)
                        .param("version", String.valueOf(portfolio.version())))
                .andExpect(flash().attribute("flash", "review.approved"));
        assertThat(reviewStatus(portfolio.id())).isEqualTo("OFFERED");
        // acting on what one saw before is told, and nothing is sent twice
        mvc.perform(post("/consultant/review/portfolios/" + portfolio.id() + "/approve")
                        .with(csrf())
                        .session(me)
                        .param("version", String.valueOf(portfolio.version())))
                .andExpect(flash().attribute("flash", "review.changed"));

        Map<String, Long> offers = offerIdsByParty(portfolio.id());
        assertThat(offers)
                .containsOnlyKeys(
                        "FREELANCER:" + worker.accountId(),
                        "ORGANISATION:" + bikes.organisationId(),
                        "ORGANISATION:" + cafe.organisationId());
        long workerOffer = offers.get("FREELANCER:" + worker.accountId());
        long bikesOffer = offers.get("ORGANISATION:" + bikes.organisationId());
        long cafeOffer = offers.get("ORGANISATION:" + cafe.organisationId());

        mvc.perform(get("/offers").session(worker.session()))
                .andExpect(content()
                        .string(containsString("Pulje: " + pools.pool(poolId).name())));
        mvc.perform(get("/offers/" + workerOffer).session(worker.session()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "fast ansættelse i " + pools.pool(poolId).name())))
                .andExpect(content().string(containsString("Barista")))
                .andExpect(content().string(containsString("Kontaktoplysninger vises, når alle har sagt ja.")));
        // each party reads only their own offer
        mvc.perform(get("/offers/" + cafeOffer).session(bikes.staff().session()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/offers/" + bikesOffer).session(host.staff().session()))
                .andExpect(status().isNotFound());

        // while the answers are awaited, pool matching leaves these needs and the worker alone
        assertThat(matching.run(poolId, consultant.accountId()).proposals()).isZero();

        mvc.perform(post("/offers/" + cafeOffer + "/decline")
                        .with(csrf())
                        .session(cafe.staff().session())
                        .param("version", "0")
                        .param("reason", "Vi har fundet en anden løsning"))
                .andExpect(flash().attribute("flash", "offer.declined"));
        assertThat(reviewStatus(portfolio.id())).isEqualTo("DECLINED");
        assertThat(jdbc.sql("select status from offer where id = :id")
                        .param("id", workerOffer)
                        .query(String.class)
                        .single())
                .isEqualTo("WITHDRAWN");

        // the same portfolio is not made again unchanged
        assertThat(matching.run(poolId, consultant.accountId()).proposals()).isZero();
    }

    /** Each member's colour class in a page's legend ("cover-swatch m1" beside the member's name), by name. */
    private static Map<String, String> legendColours(String html, List<String> names) {
        Map<String, String> colours = new HashMap<>();
        var legend = java.util.regex.Pattern.compile(
                        "class=\"cover-swatch (m\\d+)\"[^>]*></span>\\s*<span>([^<]+)</span>")
                .matcher(html);
        while (legend.find()) {
            for (String name : names) {
                if (legend.group(2).startsWith(name)) {
                    colours.putIfAbsent(name, legend.group(1));
                }
            }
        }
        return colours;
    }

    /** The colour class of the week picture's cell at 08:00 and 13:00 on Monday (the first column). */
    private static List<String> mondayCells(String html) {
        List<String> cells = new java.util.ArrayList<>();
        for (String time : List.of("08:00", "13:00")) {
            var row = java.util.regex.Pattern.compile("<th scope=\"row\">" + time + "</th>\\s*<td class=\"([^\"]*)\"")
                    .matcher(html.substring(html.indexOf("cover-picture")));
            assertThat(row.find()).as(time).isTrue();
            cells.add(row.group(1));
        }
        return cells;
    }

    /**
     * Issue 20: a member has one colour wherever it is drawn. The portfolio page and the agreement made from it give
     * each member the same colour class in the legend and in the week picture.
     */
    @Test
    void eachMemberHasTheSameColourOnThePortfolioPageAndOnTheAgreementPage() throws Exception {
        matching.run(poolId, consultant.accountId());
        PoolMatching.PortfolioProposal portfolio = onlyPortfolio();
        MockHttpSession me = consultant.session();
        String portfolioPage = mvc.perform(
                        get("/consultant/review/portfolios/" + portfolio.id()).session(me))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(post("/consultant/review/portfolios/" + portfolio.id() + "/approve")
                        .with(csrf())
                        .session(me)
                        .param("version", String.valueOf(portfolio.version())))
                .andExpect(flash().attribute("flash", "review.approved"));
        Map<String, Long> offers = offerIdsByParty(portfolio.id());
        Map<String, MockHttpSession> parties = Map.of(
                "FREELANCER:" + worker.accountId(), worker.session(),
                "ORGANISATION:" + bikes.organisationId(), bikes.staff().session(),
                "ORGANISATION:" + cafe.organisationId(), cafe.staff().session());
        for (var party : parties.entrySet()) {
            mvc.perform(post("/offers/" + offers.get(party.getKey()) + "/accept")
                            .with(csrf())
                            .session(party.getValue())
                            .param("version", "0"))
                    .andExpect(status().is3xxRedirection());
        }
        long agreement = jdbc.sql("select id from agreement where proposal_id = :p")
                .param("p", portfolio.id())
                .query(Long.class)
                .single();
        String agreementPage = mvc.perform(get("/agreements/" + agreement).session(worker.session()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        List<String> names = List.of("Cykelkooperativet", "Kaffekooperativet");
        Map<String, String> onPortfolio = legendColours(portfolioPage, names);
        Map<String, String> onAgreement = legendColours(agreementPage, names);
        assertThat(onPortfolio).containsOnlyKeys(names);
        assertThat(onPortfolio.get("Cykelkooperativet")).isNotEqualTo(onPortfolio.get("Kaffekooperativet"));
        assertThat(onAgreement).isEqualTo(onPortfolio);
        // the pictures: Monday 08:00 is the bikes' need, 13:00 the café's, in their legend colours on both pages
        assertThat(mondayCells(portfolioPage))
                .containsExactly(onPortfolio.get("Cykelkooperativet"), onPortfolio.get("Kaffekooperativet"));
        assertThat(mondayCells(agreementPage)).isEqualTo(mondayCells(portfolioPage));
    }
}
