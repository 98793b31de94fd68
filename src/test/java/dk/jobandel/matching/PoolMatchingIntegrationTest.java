package dk.jobandel.matching;

import static dk.jobandel.pools.PoolFixtures.details;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.freelancers.FreelancerProfiles;
import dk.jobandel.freelancers.HeldSkill;
import dk.jobandel.members.Actors;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.pools.NeedDetails;
import dk.jobandel.pools.NeedSkill;
import dk.jobandel.pools.PoolFixtures;
import dk.jobandel.pools.Pools;
import dk.jobandel.shared.ReferenceData;
import dk.jobandel.shared.WeekGrid;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What pool matching reads from the pools and profiles: a need's required skill levels against the worker's, and the
 * worker's home and travel distance against an on-site need's place. Remote needs need no travel.
 */
@ApplicationTest
class PoolMatchingIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    FreelancerProfiles profiles;

    @Autowired
    ReferenceData referenceData;

    @Autowired
    Pools pools;

    @Autowired
    Actors actors;

    @Autowired
    PoolMatching matching;

    Sessions sessions;
    Sessions.Cooperative host;
    long poolId;
    short bookkeeping;

    @BeforeEach
    void aPoolWithItsHostOnly() throws Exception {
        sessions = new Sessions(mvc, registration, organisations);
        host = sessions.cooperative("Værten", true);
        poolId = pools.create(actors.of(host.staff().accountId()), null, details("Pulje " + UUID.randomUUID()));
        bookkeeping = referenceData.skillCategories().stream()
                .flatMap(c -> c.skills().stream())
                .filter(s -> s.code().equals("bookkeeping"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** A worker in Aarhus (30 km travel), free on Mondays 8–17, wanting 2–10 hours, with bookkeeping at a level. */
    private long worker(String name, int bookkeepingLevel) throws Exception {
        long id = sessions.freelancer(name).accountId();
        PoolFixtures.wantsPoolWork(profiles, id, name, 2, 10);
        long version = profiles.profileOf(id).version();
        version = profiles.changeAvailability(
                        id, version, WeekGrid.range(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(17, 0)))
                .version();
        profiles.changeSkills(id, version, Set.of(new HeldSkill(bookkeeping, (short) bookkeepingLevel)));
        pools.addWorker(actors.of(host.staff().accountId()), poolId, id);
        return id;
    }

    private void need(String title, boolean remote, short municipality, int level) {
        pools.postNeed(
                actors.of(host.staff().accountId()),
                poolId,
                new NeedDetails(
                        title,
                        WeekGrid.range(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                        new BigDecimal("3"),
                        remote,
                        remote ? null : municipality,
                        LocalDate.now().minusWeeks(1),
                        null,
                        List.of(new NeedSkill(bookkeeping, level))));
    }

    private List<Long> workersWithPortfolios() {
        return matching.forPool(poolId).stream()
                .map(PoolMatching.PortfolioProposal::workerId)
                .toList();
    }

    @Test
    void aNeedGoesOnlyToAWorkerWhoHoldsItsSkillsAtTheLevelItAsks() throws Exception {
        need("Årsregnskab", false, (short) 751, 2);
        long novice = worker("Nybegynder", 1);
        assertThat(matching.run(poolId, null).proposals()).isZero();

        long skilled = worker("Erfaren", 2);
        assertThat(matching.run(poolId, null).proposals()).isEqualTo(1);
        assertThat(workersWithPortfolios()).containsExactly(skilled).doesNotContain(novice);
    }

    @Test
    void anOnSiteNeedBeyondTheWorkersTravelDistanceIsNotTheirsButTheSameWorkDoneRemotelyIs() throws Exception {
        long aarhus = worker("Aarhusianer", 3);
        var profile = profiles.profileOf(aarhus);
        var b = profile.basics();
        profiles.changeBasics(
                aarhus,
                profile.version(),
                "Aarhusianer",
                new dk.jobandel.freelancers.Profile.Basics(
                        b.municipalityCode(),
                        b.travelKm(),
                        true,
                        false,
                        true, // also works from home
                        b.desiredHoursMin(),
                        b.desiredHoursMax(),
                        b.availableFrom(),
                        b.availableUntil(),
                        b.languages(),
                        b.wantsJobShare(),
                        b.wantsPool()));
        need("Bogføring i København", false, (short) 101, 1); // about 150 km from Aarhus, travel 30 km
        assertThat(matching.run(poolId, null).proposals()).isZero();

        need("Bogføring hjemmefra", true, (short) 0, 1);
        var result = matching.run(poolId, null);
        assertThat(result.proposals()).isEqualTo(1);
        assertThat(result.needs()).isEqualTo(2);
        assertThat(workersWithPortfolios()).containsExactly(aarhus);
        assertThat(matching.forPool(poolId).getFirst().parts())
                .singleElement()
                .satisfies(part -> assertThat(part.halfHours()).isEqualTo(6));
    }
}
