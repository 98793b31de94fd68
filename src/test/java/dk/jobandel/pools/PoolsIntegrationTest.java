package dk.jobandel.pools;

import static dk.jobandel.pools.PoolFixtures.details;
import static dk.jobandel.pools.PoolFixtures.need;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.jobandel.audit.AuditTrail;
import dk.jobandel.audit.TimelineEntry;
import dk.jobandel.freelancers.FreelancerProfiles;
import dk.jobandel.members.Actors;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.notifications.Notifications;
import dk.jobandel.shared.WeekGrid;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The rules of pools: who may create and join, the host's decisions, needs and their visibility, workers. */
@ApplicationTest
class PoolsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    FreelancerProfiles profiles;

    @Autowired
    Notifications notifications;

    @Autowired
    AuditTrail audit;

    @Autowired
    Pools pools;

    @Autowired
    Actors actors;

    @Autowired
    JdbcClient jdbc;

    Sessions sessions;
    Sessions.Cooperative host;
    Sessions.Cooperative member;
    long poolId;

    @BeforeEach
    void aPoolWithAHostAndAnApprovedMember() throws Exception {
        sessions = new Sessions(mvc, registration, organisations);
        host = sessions.cooperative("Værten", true);
        member = sessions.cooperative("Medlemmet", true);
        poolId = pools.create(actors.of(host.staff().accountId()), null, details("Pulje " + UUID.randomUUID()));
        pools.apply(actors.of(member.staff().accountId()), poolId);
        Pools.Member application = application(member.organisationId());
        pools.approve(actors.of(host.staff().accountId()), poolId, application.id(), application.version());
    }

    private Pools.Member application(long organisationId) {
        return pools.overview(actors.of(host.staff().accountId()), poolId, LocalDate.now()).members().stream()
                .filter(m -> m.organisationId() == organisationId)
                .findFirst()
                .orElseThrow();
    }

    private List<String> states(long memberId) {
        return audit.timeline(Pools.MEMBER_SUBJECT, memberId).stream()
                .map(TimelineEntry::toState)
                .toList();
    }

    @Test
    void onlyVerifiedOrganisationsCreateOrJoinAndAFreelancerDoesNeither() throws Exception {
        var unverified = sessions.cooperative("Ikke godkendt", false);
        assertThatThrownBy(() -> pools.create(actors.of(unverified.staff().accountId()), null, details("Ny pulje")))
                .isInstanceOfSatisfying(
                        PoolRefused.class, e -> assertThat(e.messageCode()).isEqualTo("pool.host.notVerified"));
        assertThatThrownBy(() -> pools.apply(actors.of(unverified.staff().accountId()), poolId))
                .isInstanceOfSatisfying(
                        PoolRefused.class, e -> assertThat(e.messageCode()).isEqualTo("pool.apply.notVerified"));
        var freelancer = sessions.freelancer("Frida");
        assertThatThrownBy(() ->
                        pools.create(actors.of(freelancer.accountId()), host.organisationId(), details("Frida's")))
                .isInstanceOf(PoolNotFound.class);
        assertThatThrownBy(() -> pools.apply(actors.of(freelancer.accountId()), poolId))
                .isInstanceOf(PoolNotFound.class);

        // a consultant names a verified host, which becomes its first approved member
        var consultant = sessions.consultant("Mette");
        assertThatThrownBy(() -> pools.create(actors.of(consultant.accountId()), null, details("Uden vært")))
                .isInstanceOfSatisfying(
                        PoolRefused.class, e -> assertThat(e.messageCode()).isEqualTo("pool.host.required"));
        assertThatThrownBy(() -> pools.create(
                        actors.of(consultant.accountId()), unverified.organisationId(), details("Ikke godkendt vært")))
                .isInstanceOf(PoolRefused.class);
        long other =
                pools.create(actors.of(consultant.accountId()), member.organisationId(), details("Konsulentens pulje"));
        assertThat(pools.visibleTo(actors.of(member.staff().accountId()))).anySatisfy(p -> {
            assertThat(p.id()).isEqualTo(other);
            assertThat(p.host()).isTrue();
            assertThat(p.myStatus()).isEqualTo(MemberStatus.APPROVED);
        });
    }

    @Test
    void theHostDecidesApplicationsAndTheApplicantIsToldAndTheTrailRecordsIt() throws Exception {
        var applicant = sessions.cooperative("Ansøgeren", true);
        long hostUnread = notifications.unreadCount(host.staff().accountId());
        pools.apply(actors.of(applicant.staff().accountId()), poolId);
        assertThat(notifications.unreadCount(host.staff().accountId())).isEqualTo(hostUnread + 1);
        assertThatThrownBy(() -> pools.apply(actors.of(applicant.staff().accountId()), poolId))
                .isInstanceOfSatisfying(
                        PoolRefused.class, e -> assertThat(e.messageCode()).isEqualTo("pool.apply.already"));
        assertThat(pools.joinable(actors.of(applicant.staff().accountId()))).noneMatch(p -> p.id() == poolId);

        Pools.Member application = application(applicant.organisationId());
        assertThat(application.status()).isEqualTo(MemberStatus.APPLIED);
        // a member that is not the host cannot decide, and cannot see the application exists
        assertThatThrownBy(() -> pools.approve(
                        actors.of(member.staff().accountId()), poolId, application.id(), application.version()))
                .isInstanceOf(PoolNotFound.class);
        assertThatThrownBy(() -> pools.approve(
                        actors.of(applicant.staff().accountId()), poolId, application.id(), application.version()))
                .isInstanceOf(PoolNotFound.class);
        // the applicant is not inside yet
        assertThatThrownBy(() -> pools.needs(actors.of(applicant.staff().accountId()), poolId))
                .isInstanceOf(PoolNotFound.class);

        pools.reject(actors.of(host.staff().accountId()), poolId, application.id(), application.version(), "Ikke nu");
        assertThat(notifications.unreadCount(applicant.staff().accountId())).isEqualTo(1);
        assertThat(pools.joinable(actors.of(applicant.staff().accountId()))).anyMatch(p -> p.id() == poolId);

        pools.apply(actors.of(applicant.staff().accountId()), poolId);
        Pools.Member again = application(applicant.organisationId());
        pools.approve(actors.of(host.staff().accountId()), poolId, again.id(), again.version());
        assertThat(application(applicant.organisationId()).status()).isEqualTo(MemberStatus.APPROVED);
        assertThat(notifications.unreadCount(applicant.staff().accountId())).isEqualTo(2);
        assertThat(states(again.id())).containsExactly("APPLIED", "REJECTED", "APPLIED", "APPROVED");
        assertThat(audit.timeline(Pools.MEMBER_SUBJECT, again.id()).get(1).reason())
                .isEqualTo("Ikke nu");
        assertThat(pools.needs(actors.of(applicant.staff().accountId()), poolId))
                .isEmpty();
    }

    @Test
    void ofTwoConcurrentDecisionsOnOneApplicationExactlyOneIsTaken() throws Exception {
        var applicant = sessions.cooperative("Samtidig", true);
        pools.apply(actors.of(applicant.staff().accountId()), poolId);
        Pools.Member application = application(applicant.organisationId());
        long hostId = host.staff().accountId();
        List<Callable<Void>> decisions = List.of(
                () -> {
                    pools.approve(actors.of(hostId), poolId, application.id(), application.version());
                    return null;
                },
                () -> {
                    pools.reject(actors.of(hostId), poolId, application.id(), application.version(), null);
                    return null;
                });
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Void>> results = new ArrayList<>();
            for (Callable<Void> decision : decisions) {
                results.add(executor.submit(() -> {
                    gate.await();
                    return decision.call();
                }));
            }
            gate.countDown();
            int taken = 0;
            int refused = 0;
            for (Future<Void> result : results) {
                try {
                    result.get();
                    taken++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(PoolChanged.class);
                    refused++;
                }
            }
            assertThat(taken).isEqualTo(1);
            assertThat(refused).isEqualTo(1);
        } finally {
            executor.shutdownNow();
        }
        assertThat(states(application.id())).hasSize(2).first().isEqualTo("APPLIED");
        boolean approved = pools.visibleTo(actors.of(applicant.staff().accountId())).stream()
                .anyMatch(p -> p.id() == poolId);
        boolean rejected = pools.joinable(actors.of(applicant.staff().accountId())).stream()
                .anyMatch(p -> p.id() == poolId);
        assertThat(approved).isNotEqualTo(rejected);
    }

    @Test
    void aNeedNeedsAWindowHoursWithinItAPlaceAndAPeriod() {
        var empty = new NeedDetails(" ", WeekGrid.EMPTY, new BigDecimal("4"), false, null, null, null, List.of());
        assertThat(pools.check(empty))
                .extracting(NeedDetails.Problem::field)
                .containsExactlyInAnyOrder("title", "day0", "municipalityCode", "startDate");

        var tooMany = need("Kasse", DayOfWeek.MONDAY, 8, 12, "4.5");
        assertThat(pools.check(tooMany)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("hoursPerWeek");
            assertThat(p.code()).isEqualTo("pool.need.hours.aboveSchedule");
            assertThat(p.arguments()).containsExactly("4");
        });
        var backwards = new NeedDetails(
                "Kasse",
                WeekGrid.range(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                BigDecimal.ZERO,
                true,
                null,
                LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 1, 1),
                List.of());
        assertThat(pools.check(backwards))
                .extracting(NeedDetails.Problem::field)
                .containsExactlyInAnyOrder("hoursPerWeek", "endDate");

        assertThatThrownBy(() -> pools.postNeed(actors.of(member.staff().accountId()), poolId, tooMany))
                .isInstanceOf(PoolRefused.class);
        long id = pools.postNeed(
                actors.of(member.staff().accountId()), poolId, need("Kasse", DayOfWeek.MONDAY, 8, 12, "4"));
        assertThat(pools.needs(actors.of(host.staff().accountId()), poolId))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.id()).isEqualTo(id);
                    assertThat(n.own()).isFalse();
                });
        // only the posting member edits or withdraws it
        Pools.Need posted = pools.ownNeed(actors.of(member.staff().accountId()), poolId, id);
        assertThatThrownBy(() -> pools.withdrawNeed(actors.of(host.staff().accountId()), poolId, id, posted.version()))
                .isInstanceOf(PoolNotFound.class);
        pools.updateNeed(
                actors.of(member.staff().accountId()),
                poolId,
                id,
                posted.version(),
                need("Kasse og lager", DayOfWeek.MONDAY, 8, 14, "6"));
        assertThatThrownBy(() -> pools.updateNeed(
                        actors.of(member.staff().accountId()),
                        poolId,
                        id,
                        posted.version(),
                        need("Forældet", DayOfWeek.MONDAY, 8, 14, "6")))
                .isInstanceOf(PoolChanged.class);
        assertThat(pools.ownNeed(actors.of(member.staff().accountId()), poolId, id)
                        .title())
                .isEqualTo("Kasse og lager");
    }

    @Test
    void needsAndWorkersAreSeenOnlyInsideThePoolAndThePlannerReadsThemAll() throws Exception {
        var remote = new NeedDetails(
                "IT-support",
                WeekGrid.range(DayOfWeek.WEDNESDAY, LocalTime.of(8, 0), LocalTime.of(16, 0)),
                new BigDecimal("7.5"),
                true,
                (short) 751,
                LocalDate.now().minusWeeks(1),
                null,
                List.of(new NeedSkill((short) 1, 2)));
        long onSite = pools.postNeed(
                actors.of(member.staff().accountId()), poolId, need("Kasse", DayOfWeek.MONDAY, 8, 12, "4"));
        long away = pools.postNeed(actors.of(member.staff().accountId()), poolId, remote);

        // another organisation, even a member of another pool, reads the needs as not found
        var outsider = sessions.cooperative("Udenfor", true);
        pools.create(actors.of(outsider.staff().accountId()), null, details("Anden pulje " + UUID.randomUUID()));
        assertThatThrownBy(() -> pools.needs(actors.of(outsider.staff().accountId()), poolId))
                .isInstanceOf(PoolNotFound.class);
        Pools.Overview seenFromOutside =
                pools.overview(actors.of(outsider.staff().accountId()), poolId, LocalDate.now());
        assertThat(seenFromOutside.needs()).isEmpty();
        assertThat(seenFromOutside.workers()).isEmpty();
        assertThat(seenFromOutside.coverage()).isNull();
        assertThat(seenFromOutside.viewer().canApply()).isTrue();
        assertThat(pools.visibleTo(actors.of(outsider.staff().accountId()))).noneMatch(p -> p.id() == poolId);
        var freelancer = sessions.freelancer("Frida");
        assertThatThrownBy(() -> pools.overview(actors.of(freelancer.accountId()), poolId, LocalDate.now()))
                .isInstanceOf(PoolNotFound.class);
        assertThatThrownBy(() -> pools.needs(actors.of(freelancer.accountId()), poolId))
                .isInstanceOf(PoolNotFound.class);
        var consultant = sessions.consultant("Mette");
        assertThat(pools.needs(actors.of(consultant.accountId()), poolId)).hasSize(2);

        // workers: freelancers who want pool work, added by the host or a consultant only
        PoolFixtures.wantsPoolWork(profiles, freelancer.accountId(), "Frida", 20, 30);
        var notWanting = sessions.freelancer("Niels");
        assertThatThrownBy(() -> pools.addWorker(actors.of(member.staff().accountId()), poolId, freelancer.accountId()))
                .isInstanceOf(PoolNotFound.class);
        assertThatThrownBy(() -> pools.addWorker(actors.of(host.staff().accountId()), poolId, notWanting.accountId()))
                .isInstanceOfSatisfying(
                        PoolRefused.class, e -> assertThat(e.messageCode()).isEqualTo("pool.worker.notWanting"));
        assertThat(pools.workerCandidates(actors.of(host.staff().accountId()), poolId))
                .anyMatch(c -> c.freelancerId() == freelancer.accountId());
        pools.addWorker(actors.of(consultant.accountId()), poolId, freelancer.accountId());
        assertThatThrownBy(() -> pools.addWorker(actors.of(host.staff().accountId()), poolId, freelancer.accountId()))
                .isInstanceOf(PoolRefused.class);
        assertThat(pools.workers()).contains(new Pools.PoolWorker(poolId, freelancer.accountId(), 20, 30));
        assertThat(pools.overview(actors.of(member.staff().accountId()), poolId, LocalDate.now())
                        .workers())
                .extracting(Pools.Worker::name)
                .containsExactly("Frida");

        // the planner's bulk read: schedule words, hours, place with coordinates or remote, skills, dates
        List<Pools.OpenNeed> open =
                pools.openNeeds().stream().filter(n -> n.poolId() == poolId).toList();
        assertThat(open).extracting(Pools.OpenNeed::id).containsExactly(onSite, away);
        Pools.OpenNeed first = open.get(0);
        assertThat(first.organisationId()).isEqualTo(member.organisationId());
        assertThat(first.hostOrganisationId()).isEqualTo(host.organisationId());
        assertThat(first.latitude()).isNotNull();
        assertThat(first.minutesPerWeek()).isEqualTo(240);
        assertThat(WeekGrid.ofWords(first.scheduleWords()))
                .isEqualTo(WeekGrid.range(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)));
        Pools.OpenNeed second = open.get(1);
        assertThat(second.remote()).isTrue();
        assertThat(second.municipalityCode()).isNull();
        assertThat(second.latitude()).isNull();
        assertThat(second.skills()).containsExactly(new NeedSkill((short) 1, 2));

        // covered hours this week come from the agreements module's bookings (PoolAgreementsIntegrationTest), not
        // from the filled mark; a filled need leaves the planner's list
        assertThat(pools.coverage(poolId, LocalDate.now()).neededHours()).isEqualTo(11.5);
        assertThat(pools.coverage(poolId, LocalDate.now()).coveredHours()).isZero();
        pools.markFilled(onSite);
        assertThat(pools.coverage(poolId, LocalDate.now()).coveredHours()).isZero();
        assertThat(pools.openNeeds()).noneMatch(n -> n.id() == onSite);
    }

    @Test
    void aMemberThatLeavesTakesItsOpenNeedsWithItAndTheHostCannotLeave() {
        pools.postNeed(actors.of(member.staff().accountId()), poolId, need("Kasse", DayOfWeek.MONDAY, 8, 12, "4"));
        assertThatThrownBy(() -> pools.leave(actors.of(host.staff().accountId()), poolId))
                .isInstanceOfSatisfying(
                        PoolRefused.class, e -> assertThat(e.messageCode()).isEqualTo("pool.leave.host"));
        long memberId = application(member.organisationId()).id();
        pools.leave(actors.of(member.staff().accountId()), poolId);
        assertThat(pools.needs(actors.of(host.staff().accountId()), poolId)).isEmpty();
        assertThat(pools.openNeeds()).noneMatch(n -> n.poolId() == poolId);
        assertThat(states(memberId)).containsExactly("APPLIED", "APPROVED", "LEFT");
        assertThatThrownBy(() -> pools.needs(actors.of(member.staff().accountId()), poolId))
                .isInstanceOf(PoolNotFound.class);
    }

    @Test
    void aRejectionAfterVerificationWithdrawsTheOrganisationsOpenNeeds() throws Exception {
        pools.postNeed(actors.of(member.staff().accountId()), poolId, need("Lager", DayOfWeek.TUESDAY, 8, 12, "4"));
        assertThat(pools.openNeeds()).anyMatch(n -> n.poolId() == poolId);
        var consultant = sessions.consultant("Kim");
        organisations.reject(
                member.organisationId(),
                consultant.accountId(),
                organisations.byId(member.organisationId()).getVersion(),
                "Ikke et kooperativ.");
        assertThat(pools.openNeeds()).noneMatch(n -> n.poolId() == poolId);
    }

    @Test
    void anOrganisationCreatesAFewPoolsADayAndHostsALimitedNumber() throws Exception {
        // the host made one pool already (before each test); four more today are fine, the sixth is refused
        for (int i = 0; i < 4; i++) {
            pools.create(actors.of(host.staff().accountId()), null, details("Dagens pulje " + UUID.randomUUID()));
        }
        assertThatThrownBy(() -> pools.create(actors.of(host.staff().accountId()), null, details("En for meget")))
                .isInstanceOfSatisfying(
                        PoolRefused.class, e -> assertThat(e.messageCode()).isEqualTo("pool.quota.creations"));

        // a host with ten pools already hosts as many as one may
        var busy = sessions.cooperative("Travl vært", true);
        for (int i = 0; i < 10; i++) {
            jdbc.sql("""
                            insert into pool (name, host_organisation_id, municipality_code, fee_percent, notice_days,
                                              min_hours_per_member, created_at)
                            values (:name, :host, 101, 8, 30, 0, now())
                            """)
                    .param("name", "Gammel pulje " + UUID.randomUUID())
                    .param("host", busy.organisationId())
                    .update();
        }
        assertThatThrownBy(() -> pools.create(actors.of(busy.staff().accountId()), null, details("Nummer elleve")))
                .isInstanceOfSatisfying(
                        PoolRefused.class, e -> assertThat(e.messageCode()).isEqualTo("pool.quota.hosted"));
    }
}
