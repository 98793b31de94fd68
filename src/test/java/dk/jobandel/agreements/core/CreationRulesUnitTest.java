package dk.jobandel.agreements.core;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.agreements.Creation.Reason;
import dk.jobandel.agreements.Creation.Refused;
import dk.jobandel.agreements.NewAgreement.Party;
import dk.jobandel.agreements.NewPoolAgreement.Part;
import dk.jobandel.agreements.WorkingTimeRules.Commitment;
import dk.jobandel.shared.WeekGrid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks before an agreement is made, allowed and refused, without Spring or a database. */
class CreationRulesUnitTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);
    private static final long POOL_MEMBER = 2;
    private static final long OTHER_MEMBER = 3;

    private static Part part(long need, long organisation) {
        return new Part(need, organisation, "Need " + need, WeekGrid.parse("man 08:00–12:00"), 8);
    }

    @Test
    void partsWhoseNeedsThePoolsMembersPostedBelong() {
        assertThat(CreationRules.foreignPart(
                        List.of(part(11, POOL_MEMBER), part(12, OTHER_MEMBER)),
                        Map.of(11L, POOL_MEMBER, 12L, OTHER_MEMBER)))
                .isEmpty();
    }

    @Test
    void aPartOfAnotherPoolsNeedIsForeign() {
        Part foreign = part(99, POOL_MEMBER);
        assertThat(CreationRules.foreignPart(List.of(part(11, POOL_MEMBER), foreign), Map.of(11L, POOL_MEMBER)))
                .contains(foreign);
    }

    @Test
    void aPartNamingAnotherOrganisationThanTheNeedsIsForeign() {
        Part wrongOwner = part(11, OTHER_MEMBER);
        assertThat(CreationRules.foreignPart(List.of(wrongOwner), Map.of(11L, POOL_MEMBER)))
                .contains(wrongOwner);
    }

    @Test
    void aDoubleBookingNamesThePersonWithoutATimeOrHours() {
        Refused refused = CreationRules.doubleBooked(7, "Ada");
        assertThat(refused).isEqualTo(new Refused(Reason.DOUBLE_BOOKED, 7, "Ada", null, 0));
        assertThat(refused.messageKey()).isEqualTo("agreement.refused.DOUBLE_BOOKED");
    }

    @Test
    void partiesWithinTheWorkingTimeRulesPass() {
        List<Party> parties = List.of(new Party(7, WeekGrid.parse("man 08:00–16:00, tir 08:00–16:00")));
        Map<Long, List<Commitment>> others =
                Map.of(7L, List.of(new Commitment(MONDAY, null, WeekGrid.parse("ons 08:00–16:00"))));
        assertThat(CreationRules.workingTime(parties, MONDAY, null, others, Map.of(7L, "Ada")))
                .isEmpty();
    }

    @Test
    void theFirstPartyOverFortyEightHoursWithTheirOtherAgreementsIsRefused() {
        WeekGrid thirtyTwo = WeekGrid.parse("man 06:00–14:00, tir 06:00–14:00, ons 06:00–14:00, tor 06:00–14:00");
        WeekGrid twenty = WeekGrid.parse("fre 06:00–16:00, lør 06:00–16:00");
        List<Party> parties = List.of(new Party(7, WeekGrid.parse("søn 08:00–10:00")), new Party(8, twenty));
        Map<Long, List<Commitment>> others = Map.of(8L, List.of(new Commitment(MONDAY, null, thirtyTwo)));
        var refused = CreationRules.workingTime(parties, MONDAY, null, others, Map.of(7L, "Ada", 8L, "Bo"));
        assertThat(refused).isPresent();
        assertThat(refused.get().reason()).isEqualTo(Reason.WEEKLY_HOURS);
        assertThat(refused.get().freelancerId()).isEqualTo(8);
        assertThat(refused.get().freelancerName()).isEqualTo("Bo");
        assertThat(refused.get().weeklyHours()).isEqualTo(52);
    }

    @Test
    void tooLittleDailyRestIsRefusedWithTheRule() {
        List<Party> parties = List.of(new Party(7, WeekGrid.parse("man 18:00–24:00")));
        Map<Long, List<Commitment>> others =
                Map.of(7L, List.of(new Commitment(MONDAY, null, WeekGrid.parse("tir 06:00–10:00"))));
        var refused = CreationRules.workingTime(parties, MONDAY, null, others, Map.of(7L, "Ada"));
        assertThat(refused).map(Refused::reason).contains(Reason.DAILY_REST);
    }
}
