package dk.jobandel.agreements;

import static dk.jobandel.agreements.PoolAgreementFixtures.WINDOW_A;
import static dk.jobandel.agreements.PoolAgreementFixtures.WINDOW_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.agreements.Creation.Created;
import dk.jobandel.agreements.Creation.Reason;
import dk.jobandel.agreements.Creation.Refused;
import dk.jobandel.members.Actors;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.pools.Pools;
import dk.jobandel.roles.PayKind;
import dk.jobandel.shared.WeekGrid;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import dk.jobandel.testsupport.SignedIn;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Pool agreements made, refused, read, listed and shown, and the pool's coverage from them, on PostgreSQL. */
@ApplicationTest
class PoolAgreementsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    Pools pools;

    @Autowired
    Actors actors;

    @Autowired
    Agreements agreements;

    @Autowired
    Bookings bookings;

    @Autowired
    JdbcClient jdbc;

    PoolAgreementFixtures pool;
    LocalDate start;

    @BeforeEach
    void aPoolWithTwoMembersNeedsAndAWorker() throws Exception {
        pool = new PoolAgreementFixtures(new Sessions(mvc, registration, organisations), pools, actors);
        start = AgreementFixtures.nextMonday();
    }

    private long created(Creation creation) {
        assertThat(creation).isInstanceOf(Created.class);
        return ((Created) creation).agreementId();
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    @Test
    void thePoolAgreementIsWithTheHostOnThePoolsTermsAndBooksTheUnionOfTheParts() {
        long id = created(agreements.createForPool(pool.agreement(start)));

        Agreement agreement = agreements.byId(id, actors.of(SignedIn.member(pool.worker.accountId(), "FREELANCER")));
        assertThat(agreement.roleId()).isNull();
        assertThat(agreement.organisationId()).isEqualTo(pool.host.organisationId());
        assertThat(agreement.isPoolAgreement()).isTrue();
        assertThat(agreement.pool().poolId()).isEqualTo(pool.poolId);
        assertThat(agreement.pool().poolName()).isEqualTo(pool.poolName);
        assertThat(agreement.pool().parts())
                .extracting(Agreement.Part::organisationId, Agreement.Part::title, Agreement.Part::halfHours)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(pool.memberA.organisationId(), "Bogføring", 8),
                        org.assertj.core.groups.Tuple.tuple(pool.memberB.organisationId(), "Café", 12));
        assertThat(agreement.hours()).isEqualTo(10.0);
        assertThat(agreement.parties()).singleElement().satisfies(p -> {
            assertThat(p.freelancerId()).isEqualTo(pool.worker.accountId());
            assertThat(p.slots()).isEqualTo(WINDOW_A.union(WINDOW_B));
        });
        Terms terms = agreement.terms();
        assertThat(terms.roleTitle()).isEqualTo(pool.poolName);
        assertThat(terms.payKind()).isEqualTo(PayKind.HOURLY);
        assertThat(terms.payFrom()).isEqualByComparingTo("200.00");
        assertThat(terms.pensionPercent()).isEqualByComparingTo("10.00");
        assertThat(terms.handoverMinutes()).isZero();
        assertThat(terms.collectiveAgreement()).isFalse();
        assertThat(terms.openToFlexjob()).isFalse();

        assertThat(count("select count(*) from booking where agreement_id = " + id))
                .isEqualTo(2);
        assertThat(bookings.bookedSlotsOn(start.plusDays(2)))
                .containsEntry(pool.worker.accountId(), WINDOW_A.union(WINDOW_B));
        assertThat(count("select count(*) from state_change where subject_type = 'AGREEMENT' and subject_id = " + id))
                .isEqualTo(1);

        // the lists: the worker's hours are the parts' hours; each member sees it with its own part's hours
        assertThat(agreements.forFreelancer(
                        pool.worker.accountId(), actors.of(SignedIn.member(pool.worker.accountId(), "FREELANCER"))))
                .singleElement()
                .satisfies(s -> assertThat(s.hours()).isEqualTo(10.0));
        assertThat(agreements.forOrganisation(
                        pool.host.organisationId(),
                        actors.of(SignedIn.member(pool.host.staff().accountId(), "COOPERATIVE"))))
                .singleElement()
                .satisfies(s -> assertThat(s.hours()).isEqualTo(10.0));
        assertThat(agreements.forOrganisation(
                        pool.memberA.organisationId(),
                        actors.of(SignedIn.member(pool.memberA.staff().accountId(), "COOPERATIVE"))))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.hours()).isEqualTo(4.0);
                    assertThat(s.organisationName()).startsWith("Værtshuset");
                });
        assertThat(agreements.forOrganisation(
                        pool.outsider.organisationId(),
                        actors.of(SignedIn.member(pool.outsider.staff().accountId(), "COOPERATIVE"))))
                .isEmpty();
    }

    @Test
    void aDoubleBookingIsRefusedAndLeavesNothingBehind() {
        created(agreements.createForPool(pool.agreement(start)));
        int agreementsBefore = count("select count(*) from agreement");
        int partsBefore = count("select count(*) from agreement_part");
        int bookingsBefore = count("select count(*) from booking");
        int auditBefore = count("select count(*) from state_change");

        Creation again = agreements.createForPool(new NewPoolAgreement(
                pool.poolId,
                null,
                start.plusWeeks(2),
                null,
                pool.worker.accountId(),
                List.of(new NewPoolAgreement.Part(
                        pool.needA, pool.memberA.organisationId(), "Bogføring", WeekGrid.parse("man 10:00–11:00"), 2)),
                null));

        assertThat(again).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(Reason.DOUBLE_BOOKED);
            assertThat(refused.freelancerName()).isEqualTo("Wilma Worker");
        });
        assertThat(count("select count(*) from agreement")).isEqualTo(agreementsBefore);
        assertThat(count("select count(*) from agreement_part")).isEqualTo(partsBefore);
        assertThat(count("select count(*) from booking")).isEqualTo(bookingsBefore);
        assertThat(count("select count(*) from state_change")).isEqualTo(auditBefore);
    }

    @Test
    void aWeekBeyondTheWorkingTimeLimitIsRefused() {
        // Monday to Saturday 07:00–16:00: 54 hours a week reserved, above the 48-hour average
        WeekGrid long_ = WeekGrid.daily(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), LocalTime.of(7, 0), LocalTime.of(16, 0));
        long bigNeed = pools.postNeed(
                actors.of(pool.memberA.staff().accountId()),
                pool.poolId,
                PoolAgreementFixtures.need("Alt", long_, "10"));
        int before = count("select count(*) from agreement");

        Creation creation = agreements.createForPool(new NewPoolAgreement(
                pool.poolId,
                null,
                start,
                null,
                pool.worker.accountId(),
                List.of(new NewPoolAgreement.Part(bigNeed, pool.memberA.organisationId(), "Alt", long_, 20)),
                null));

        assertThat(creation)
                .isInstanceOfSatisfying(
                        Refused.class, refused -> assertThat(refused.reason()).isEqualTo(Reason.WEEKLY_HOURS));
        assertThat(count("select count(*) from agreement")).isEqualTo(before);
    }

    @Test
    void partsMustNotOverlapAndMustBeThePoolsNeedsOfTheirMembers() {
        assertThatThrownBy(() -> new NewPoolAgreement(
                        pool.poolId,
                        null,
                        start,
                        null,
                        pool.worker.accountId(),
                        List.of(
                                pool.partA(),
                                new NewPoolAgreement.Part(
                                        pool.needB,
                                        pool.memberB.organisationId(),
                                        "Café",
                                        WeekGrid.parse("man 11:00–13:00"),
                                        2)),
                        null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NewPoolAgreement.Part(pool.needA, 1, "x", WINDOW_A, 9))
                .isInstanceOf(IllegalArgumentException.class);
        // need A was posted by member A, not member B
        assertThatThrownBy(() -> agreements.createForPool(new NewPoolAgreement(
                        pool.poolId,
                        null,
                        start,
                        null,
                        pool.worker.accountId(),
                        List.of(new NewPoolAgreement.Part(
                                pool.needA, pool.memberB.organisationId(), "Bogføring", WINDOW_A, 8)),
                        null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWorkerTheHostEachMemberAndConsultantsMaySeeItOnlyTheWorkerAndHostMayEndIt() {
        long id = created(agreements.createForPool(pool.agreement(start)));

        for (SignedIn.Member viewer : List.of(
                SignedIn.member(pool.worker.accountId(), "FREELANCER"),
                SignedIn.member(pool.host.staff().accountId(), "COOPERATIVE"),
                SignedIn.member(pool.memberA.staff().accountId(), "COOPERATIVE"),
                SignedIn.member(pool.memberB.staff().accountId(), "COOPERATIVE"),
                SignedIn.member(pool.consultant.accountId(), "CONSULTANT"))) {
            assertThat(agreements.byId(id, actors.of(viewer)).id()).isEqualTo(id);
        }
        for (SignedIn.Member viewer : List.of(
                SignedIn.member(pool.outsider.staff().accountId(), "COOPERATIVE"),
                SignedIn.member(pool.otherFreelancer.accountId(), "FREELANCER"))) {
            assertThatThrownBy(() -> agreements.byId(id, actors.of(viewer))).isInstanceOf(AgreementNotFound.class);
        }
        Agreement agreement =
                agreements.byId(id, actors.of(SignedIn.member(pool.consultant.accountId(), "CONSULTANT")));
        assertThat(agreement.canBeEndedBy(pool.worker.accountId())).isTrue();
        assertThat(agreement.canBeEndedBy(pool.host.staff().accountId())).isTrue();
        assertThat(agreement.canBeEndedBy(pool.memberA.staff().accountId())).isFalse();
        assertThatThrownBy(() ->
                        agreements.end(id, 0, actors.of(pool.memberA.staff().accountId()), start, ""))
                .isInstanceOf(AgreementNotFound.class);
    }

    @Test
    void thePoolsCoverageThisWeekComesFromItsActiveAgreements() {
        assertThat(pools.coverage(pool.poolId, start).neededHours()).isEqualTo(10.0);
        assertThat(pools.coverage(pool.poolId, start).coveredHours()).isZero();

        long id = created(agreements.createForPool(pool.agreement(start)));

        assertThat(pools.coverage(pool.poolId, start).coveredHours()).isEqualTo(10.0);
        assertThat(pools.coverage(pool.poolId, start.minusWeeks(1)).coveredHours())
                .as("the week before it starts")
                .isZero();
        agreements.end(id, 0, actors.of(pool.host.staff().accountId()), start, "");
        assertThat(pools.coverage(pool.poolId, start).coveredHours())
                .as("an ended agreement")
                .isZero();
    }

    @Test
    void thePageShowsEachMembersPartAndTheWeekByMemberToTheMembersButNotToOutsiders() throws Exception {
        long id = created(agreements.createForPool(pool.agreement(start)));
        String url = "/agreements/" + id;

        mvc.perform(get(url).session(pool.memberA.staff().session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(pool.poolName)))
                .andExpect(content().string(containsString("Wilma Worker")))
                .andExpect(content().string(containsString("Bogføring")))
                .andExpect(content().string(containsString("Café")))
                .andExpect(content().string(containsString("man 08:00–12:00")))
                .andExpect(content().string(containsString("cover-swatch m1")))
                .andExpect(content().string(containsString("4,0 timer om ugen")))
                .andExpect(content().string(not(containsString("agreement-end"))))
                .andExpect(content().string(not(containsString("/end\""))));
        mvc.perform(get(url).session(pool.worker.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/agreements/" + id + "/end")));
        mvc.perform(get(url + "/calendar.ics").session(pool.worker.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("SUMMARY:" + pool.poolName + " – Café")))
                .andExpect(content().string(containsString("LOCATION:Andelsbageriet")));
        mvc.perform(get(url + "/calendar.ics").session(pool.memberB.staff().session()))
                .andExpect(status().isOk());
        mvc.perform(get(url).session(pool.outsider.staff().session())).andExpect(status().isNotFound());
        mvc.perform(get(url).session(pool.otherFreelancer.session())).andExpect(status().isNotFound());
        mvc.perform(post(url + "/end")
                        .with(csrf())
                        .session(pool.memberA.staff().session())
                        .param("version", "0")
                        .param("lastDay", start.toString()))
                .andExpect(status().isNotFound());
        assertThat(agreements
                        .byId(id, actors.of(SignedIn.member(pool.worker.accountId(), "FREELANCER")))
                        .status())
                .isEqualTo(AgreementStatus.ACTIVE);
        // the dashboard lists it for a member with its own part
        mvc.perform(get("/dashboard").session(pool.memberB.staff().session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(url)));
    }
}
