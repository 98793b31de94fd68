package dk.jobandel.freelancers;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.shared.WeekGrid;
import dk.jobandel.testsupport.ApplicationTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bulk read for matching gives each complete profile exactly as saved, and leaves incomplete ones out. */
@ApplicationTest
class MatchableFreelancersIntegrationTest {

    @Autowired
    MemberRegistration registration;

    @Autowired
    FreelancerProfiles profiles;

    private long freelancer(String name) {
        String email = name.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@example.dk";
        return registration.registerFreelancer(
                new NewPerson(name, email, "grøn cykel under æbletræet", Locale.of("da")));
    }

    private static Profile.Basics basics(Integer travelKm, boolean onSite, boolean hybrid, boolean remote) {
        return new Profile.Basics(
                (short) 461,
                travelKm,
                onSite,
                hybrid,
                remote,
                12,
                30,
                LocalDate.of(2027, 1, 4),
                null,
                List.of("da"),
                true,
                false);
    }

    private MatchableFreelancer matchable(long accountId) {
        return profiles.matchable().stream()
                .filter(f -> f.accountId() == accountId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("Freelancer " + accountId + " is not matchable"));
    }

    @Test
    void aCompleteProfileIsReadAsSavedWithSkillsInSkillOrder() {
        long id = freelancer("Amira");
        long version = profiles.profileOf(id).version();
        version = profiles.changeBasics(id, version, "Amira H.", basics(45, false, true, true))
                .version();
        version = profiles.changeSkills(
                        id,
                        version,
                        Set.of(
                                new HeldSkill((short) 130, (short) 1),
                                new HeldSkill((short) 2, (short) 3),
                                new HeldSkill((short) 64, (short) 2)))
                .version();
        WeekGrid mornings = WeekGrid.daily(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(12, 30));
        version = profiles.changeAvailability(id, version, mornings).version();
        profiles.answerWorkStyle(id, version, List.of(5, 4, 3, 2, 1, 1, 2, 3, 4, 5));

        MatchableFreelancer f = matchable(id);

        assertThat(f.municipalityCode()).isEqualTo((short) 461);
        assertThat(f.travelKm()).isEqualTo(45);
        assertThat(List.of(f.worksOnSite(), f.worksHybrid(), f.worksRemote())).containsExactly(false, true, true);
        assertThat(List.of(f.desiredHoursMin(), f.desiredHoursMax())).containsExactly(12, 30);
        assertThat(f.availability()).isEqualTo(mornings);
        assertThat(f.workStyle()).containsExactly(5, 4, 3, 2, 1, 1, 2, 3, 4, 5);
        assertThat(f.skillIds()).containsExactly((short) 2, (short) 64, (short) 130);
        assertThat(f.skillLevels()).containsExactly((short) 3, (short) 2, (short) 1);
    }

    @Test
    void withoutSkillsWorkStyleOrTravelDistanceTheDefaultsAreRead() {
        long id = freelancer("Bo");
        long version = profiles.profileOf(id).version();
        version = profiles.changeBasics(id, version, "Bo", basics(null, true, false, false))
                .version();
        profiles.changeAvailability(id, version, WeekGrid.ofSlots(0, 1, 335));

        MatchableFreelancer f = matchable(id);

        assertThat(f.travelKm()).isEqualTo(FreelancerProfiles.DEFAULT_TRAVEL_KM);
        assertThat(f.availability()).isEqualTo(WeekGrid.ofSlots(0, 1, 335));
        assertThat(f.workStyle()).isEmpty();
        assertThat(f.skillIds()).isEmpty();
        assertThat(f.skillLevels()).isEmpty();
    }

    @Test
    void profilesWithoutHoursPlaceOrAvailabilityAreLeftOut() {
        long empty = freelancer("Cecilie");
        long withoutAvailability = freelancer("Dan");
        profiles.changeBasics(
                withoutAvailability,
                profiles.profileOf(withoutAvailability).version(),
                "Dan",
                basics(20, true, false, false));

        List<Long> ids = profiles.matchable().stream()
                .map(MatchableFreelancer::accountId)
                .toList();

        assertThat(ids).doesNotContain(empty, withoutAvailability).isSorted();
    }
}
