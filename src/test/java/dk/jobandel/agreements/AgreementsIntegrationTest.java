package dk.jobandel.agreements;

import static dk.jobandel.agreements.AgreementFixtures.week;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.jobandel.agreements.Creation.Created;
import dk.jobandel.agreements.Creation.Reason;
import dk.jobandel.agreements.Creation.Refused;
import dk.jobandel.audit.AuditTrail;
import dk.jobandel.audit.Subject;
import dk.jobandel.audit.TimelineEntry;
import dk.jobandel.members.Actors;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.shared.WeekGrid;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.SignedIn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Making, refusing, ending and reading agreements through the module's API, on PostgreSQL. */
@ApplicationTest
class AgreementsIntegrationTest {

    @Autowired
    Agreements agreements;

    @Autowired
    Actors actors;

    @Autowired
    Bookings bookings;

    @Autowired
    AuditTrail audit;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    SharedRoles roles;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    AgreementFixtures fixtures;
    AgreementFixtures.Cooperative coop;
    long role;
    long amira;
    long bo;
    LocalDate start;

    static final String AMIRA_WEEK = "man 08:00–16:00, tir 08:00–16:00, ons 08:00–12:30";
    static final String BO_WEEK = "ons 12:00–16:00, tor 08:00–16:00, fre 08:00–16:00";

    @BeforeEach
    void aCooperativeWithARoleAndTwoFreelancers() {
        fixtures = new AgreementFixtures(registration, organisations, roles);
        coop = fixtures.cooperative("Andelskøkkenet " + System.nanoTime());
        role = fixtures.role(coop, "Kok i frokostkantinen");
        amira = fixtures.freelancer("Amira Nielsen");
        bo = fixtures.freelancer("Bo Jensen");
        start = AgreementFixtures.nextMonday();
    }

    private Creation create(@Nullable LocalDate end, LocalDate from, Object... personAndWeek) {
        var parties = new java.util.ArrayList<NewAgreement.Party>();
        for (int i = 0; i < personAndWeek.length; i += 2) {
            parties.add(new NewAgreement.Party((Long) personAndWeek[i], week((String) personAndWeek[i + 1])));
        }
        return agreements.create(new NewAgreement(role, null, from, end, parties, coop.staffId()));
    }

    private long created(Creation creation) {
        assertThat(creation).isInstanceOf(Created.class);
        return ((Created) creation).agreementId();
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    @Test
    void anAgreementBooksEachPersonsTimeWithTheRolesTermsAndATimeline() {
        long id = created(create(null, start, amira, AMIRA_WEEK, bo, BO_WEEK));

        Agreement agreement = agreements.byId(id, actors.of(SignedIn.member(amira, "FREELANCER")));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(agreement.version()).isZero();
        assertThat(agreement.startDate()).isEqualTo(start);
        assertThat(agreement.endDate()).isNull();
        assertThat(agreement.organisationId()).isEqualTo(coop.organisationId());
        assertThat(agreement.parties())
                .extracting(Agreement.Party::name, Agreement.Party::hours)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Amira Nielsen", 20.5),
                        org.assertj.core.groups.Tuple.tuple("Bo Jensen", 20.0));
        assertThat(agreement.staff()).extracting(Agreement.Person::accountId).containsExactly(coop.staffId());
        Terms terms = agreement.terms();
        assertThat(terms.roleTitle()).isEqualTo("Kok i frokostkantinen");
        assertThat(terms.payFrom()).isEqualByComparingTo(new BigDecimal("185.50"));
        assertThat(terms.pensionPercent()).isEqualByComparingTo("12");
        assertThat(terms.collectiveAgreementName()).isEqualTo("Overenskomst for kantiner (HK/3F)");
        assertThat(terms.municipalityCode()).isEqualTo((short) 751);

        List<TimelineEntry> timeline = audit.timeline(Agreements.SUBJECT_TYPE, id);
        assertThat(timeline).singleElement().satisfies(entry -> {
            assertThat(entry.fromState()).isNull();
            assertThat(entry.toState()).isEqualTo("ACTIVE");
            assertThat(entry.toKey()).isEqualTo("state.AGREEMENT.ACTIVE");
            assertThat(entry.actorName()).startsWith("Staff of Andelskøkkenet");
        });

        // one booking per run of half-hours: three for each of them
        assertThat(count("select count(*) from booking where agreement_id = " + id))
                .isEqualTo(6);
        Map<Long, WeekGrid> booked = bookings.bookedSlotsOn(start.plusDays(3));
        assertThat(booked).containsEntry(amira, week(AMIRA_WEEK)).containsEntry(bo, week(BO_WEEK));
        assertThat(bookings.bookedSlotsOn(start.minusDays(7))).doesNotContainKeys(amira, bo);

        assertThat(agreements.forFreelancer(amira, actors.of(SignedIn.member(amira, "FREELANCER"))))
                .singleElement()
                .satisfies(summary -> {
                    assertThat(summary.people()).containsExactly("Amira Nielsen", "Bo Jensen");
                    assertThat(summary.hours()).isEqualTo(20.5);
                });
        assertThat(agreements.forOrganisation(
                        coop.organisationId(), actors.of(SignedIn.member(coop.staffId(), "COOPERATIVE"))))
                .singleElement()
                .satisfies(summary -> assertThat(summary.hours()).isEqualTo(40.5));
        assertThat(agreements.idForProposal(424242)).isEmpty();
    }

    @Test
    void onlyThePeopleInAnAgreementAndConsultantsMayReadIt() {
        long id = created(create(null, start, amira, AMIRA_WEEK));
        var otherCoop = fixtures.cooperative("Solsikken " + System.nanoTime());
        assertThat(agreements
                        .byId(id, actors.of(SignedIn.member(coop.staffId(), "COOPERATIVE")))
                        .id())
                .isEqualTo(id);
        assertThat(agreements
                        .byId(id, actors.of(SignedIn.member(424242, "CONSULTANT")))
                        .id())
                .isEqualTo(id);
        assertThatThrownBy(() -> agreements.byId(id, actors.of(SignedIn.member(bo, "FREELANCER"))))
                .isInstanceOf(AgreementNotFound.class);
        assertThatThrownBy(() -> agreements.byId(id, actors.of(SignedIn.member(otherCoop.staffId(), "COOPERATIVE"))))
                .isInstanceOf(AgreementNotFound.class);
        assertThatThrownBy(() -> agreements.forFreelancer(amira, actors.of(SignedIn.member(bo, "FREELANCER"))))
                .isInstanceOf(AgreementNotFound.class);
        assertThatThrownBy(() -> agreements.forOrganisation(
                        coop.organisationId(), actors.of(SignedIn.member(otherCoop.staffId(), "COOPERATIVE"))))
                .isInstanceOf(AgreementNotFound.class);
        assertThatThrownBy(() -> agreements.byId(999_999_999, actors.of(SignedIn.member(424242, "ADMIN"))))
                .isInstanceOf(AgreementNotFound.class);
    }

    @Test
    void theDatabaseRefusesADoubleBookingAndNothingIsLeftBehind() {
        created(create(start.plusWeeks(10), start, amira, AMIRA_WEEK));
        int agreementsBefore = count("select count(*) from agreement");
        int auditBefore = count("select count(*) from state_change");

        // Monday 10:00–12:00 again, in dates that overlap: refused for Amira, whoever else is in it
        Creation clash = create(null, start.plusWeeks(4), bo, BO_WEEK, amira, "man 10:00–12:00");
        assertThat(clash).isInstanceOf(Refused.class);
        Refused refused = (Refused) clash;
        assertThat(refused.reason()).isEqualTo(Reason.DOUBLE_BOOKED);
        assertThat(refused.freelancerId()).isEqualTo(amira);
        assertThat(refused.freelancerName()).isEqualTo("Amira Nielsen");
        assertThat(refused.messageKey()).isEqualTo("agreement.refused.DOUBLE_BOOKED");
        assertThat(count("select count(*) from agreement")).isEqualTo(agreementsBefore);
        assertThat(count("select count(*) from state_change")).isEqualTo(auditBefore);
        assertThat(count("select count(*) from booking where freelancer_id = " + bo))
                .isZero();

        // the same hours after the first agreement's last day, and other hours in the same weeks, are fine
        created(create(null, start.plusWeeks(10).plusDays(1), amira, "man 10:00–12:00"));
        created(create(null, start, amira, "fre 08:00–12:00"));
    }

    @Test
    void aRefusalInsideTheCallersTransactionKeepsTheCallersOwnWork() {
        created(create(null, start, amira, AMIRA_WEEK));
        Creation clash = transactions.execute(status -> {
            audit.record(new Subject("PROPOSAL", 77), "UNREVIEWED", "APPROVED", coop.staffId(), null);
            return create(null, start, amira, "man 08:00–09:00");
        });
        assertThat(clash).isInstanceOf(Refused.class);
        // the caller's transaction committed its own change after the refusal
        assertThat(audit.timeline("PROPOSAL", 77))
                .singleElement()
                .satisfies(e -> assertThat(e.toState()).isEqualTo("APPROVED"));
    }

    @Test
    void moreThanFortyEightHoursAcrossAgreementsIsRefused() {
        created(create(null, start, amira, AMIRA_WEEK));
        var second = fixtures.role(coop, "Opvasker");
        Creation refused = agreements.create(new NewAgreement(
                second,
                null,
                start.plusWeeks(1),
                null,
                List.of(new NewAgreement.Party(
                        amira, week("tor 06:00–18:00, fre 06:00–18:00, lør 06:00–10:00, ons 13:00–15:00"))),
                null));
        assertThat(refused)
                .isEqualTo(new Refused(
                        Reason.WEEKLY_HOURS,
                        amira,
                        "Amira Nielsen",
                        start.plusWeeks(1).atStartOfDay(),
                        50.5));
        assertThat(((Refused) refused).messageArguments())
                .containsExactly(
                        "Amira Nielsen", AgreementsIntegrationTest.dayMonthYear(start.plusWeeks(1)) + " 00:00", 50.5);
    }

    @Test
    void tooLittleRestBetweenTwoAgreementsIsRefused() {
        created(create(null, start, amira, "man 08:00–16:00, tir 08:00–16:00"));
        Creation refused = create(null, start, amira, "man 20:00–24:00");
        assertThat(refused).isInstanceOf(Refused.class);
        assertThat(((Refused) refused).reason()).isEqualTo(Reason.DAILY_REST);
        assertThat(((Refused) refused).from()).isEqualTo(start.atTime(8, 0));
    }

    @Test
    void noDayOffInTheWeekIsRefused() {
        Creation refused = create(
                null,
                start,
                bo,
                "man 09:00–13:00, tir 09:00–13:00, ons 09:00–13:00, tor 09:00–13:00, fre 09:00–13:00,"
                        + " lør 09:00–13:00, søn 09:00–13:00");
        assertThat(refused).isInstanceOf(Refused.class);
        assertThat(((Refused) refused).reason()).isEqualTo(Reason.WEEKLY_REST);
        assertThat(((Refused) refused).freelancerName()).isEqualTo("Bo Jensen");
        assertThat(count("select count(*) from agreement_party where freelancer_id = " + bo))
                .isZero();
    }

    @Test
    void endingSetsTheLastDayStopsTheBookingsAndIsRecorded() {
        long id = created(create(null, start, amira, AMIRA_WEEK, bo, BO_WEEK));
        LocalDate lastDay = start.plusWeeks(6).minusDays(1);

        assertThatThrownBy(() -> agreements.end(
                        id, 0, actors.of(coop.staffId()), LocalDate.now().minusDays(1), "for sent"))
                .isInstanceOf(EndRefused.class)
                .extracting(e -> ((EndRefused) e).messageCode())
                .isEqualTo("agreement.end.beforeToday");
        assertThatThrownBy(() -> agreements.end(id, 0, actors.of(fixtures.freelancer("Fremmed")), lastDay, null))
                .isInstanceOf(AgreementNotFound.class);

        agreements.end(id, 0, actors.of(bo), lastDay, "Jeg flytter til Aalborg");

        Agreement ended = agreements.byId(id, actors.of(SignedIn.member(amira, "FREELANCER")));
        assertThat(ended.status()).isEqualTo(AgreementStatus.ENDED);
        assertThat(ended.endDate()).isEqualTo(lastDay);
        assertThat(ended.version()).isEqualTo(1);
        assertThat(bookings.bookedSlotsOn(lastDay)).containsKeys(amira, bo);
        assertThat(bookings.bookedSlotsOn(lastDay.plusWeeks(1))).doesNotContainKeys(amira, bo);
        assertThat(audit.timeline(Agreements.SUBJECT_TYPE, id))
                .extracting(
                        TimelineEntry::fromState,
                        TimelineEntry::toState,
                        TimelineEntry::actorName,
                        TimelineEntry::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                null, "ACTIVE", "Staff of " + ended.organisationName(), null),
                        org.assertj.core.groups.Tuple.tuple("ACTIVE", "ENDED", "Bo Jensen", "Jeg flytter til Aalborg"));

        // the other parties are told (Amira and the cooperative's staff), not the one who ended it
        assertThat(jdbc.sql("""
                                select recipient_id from notification where kind = 'AGREEMENT_ENDED'
                                and link = :link order by recipient_id
                                """)
                        .param("link", "/agreements/" + id)
                        .query(Long.class)
                        .list())
                .containsExactlyInAnyOrder(amira, coop.staffId());

        // a stale version is refused, and an ended agreement stays ended
        assertThatThrownBy(() -> agreements.end(id, 0, actors.of(amira), lastDay, null))
                .isInstanceOf(AgreementChanged.class);
        assertThatThrownBy(() -> agreements.end(id, 1, actors.of(amira), lastDay, null))
                .isInstanceOf(EndRefused.class)
                .extracting(e -> ((EndRefused) e).messageCode())
                .isEqualTo("agreement.end.alreadyEnded");

        // the freed time can be booked again from the day after
        created(create(null, lastDay.plusDays(1), amira, AMIRA_WEEK));
    }

    @Test
    void theLastDayCannotComeBeforeTheStartOrAfterAnAgreedEnd() {
        long id = created(create(start.plusWeeks(8), start.plusWeeks(2), amira, AMIRA_WEEK));
        assertThatThrownBy(() -> agreements.end(id, 0, actors.of(amira), start.plusWeeks(1), null))
                .extracting(e -> ((EndRefused) e).messageCode())
                .isEqualTo("agreement.end.beforeStart");
        assertThatThrownBy(() -> agreements.end(id, 0, actors.of(amira), start.plusWeeks(9), null))
                .extracting(e -> ((EndRefused) e).messageCode())
                .isEqualTo("agreement.end.afterEnd");
    }

    static String dayMonthYear(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy").format(date);
    }
}
