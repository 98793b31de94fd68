package dk.jobandel.freelancers;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.shared.WeekGrid;
import dk.jobandel.testsupport.RepositoryTest;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@RepositoryTest
class FreelancerProfileRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @Autowired
    FreelancerProfileRepository profiles;

    @Autowired
    JdbcClient jdbc;

    private long newAccount() {
        return jdbc.sql(
                        "insert into account (email, password_hash, display_name) values (:email, 'h', 'Test') returning id")
                .param("email", "p" + System.nanoTime() + "@example.dk")
                .query(Long.class)
                .single();
    }

    @Test
    void aFullProfileRoundTripsThroughPostgresql() {
        long accountId = newAccount();
        profiles.createIfAbsent(accountId);
        var profile = profiles.findById(accountId).orElseThrow();
        WeekGrid week = WeekGrid.daily(
                        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(16, 0))
                .union(WeekGrid.range(DayOfWeek.SUNDAY, LocalTime.of(22, 0), LocalTime.MIDNIGHT));
        profile.changeBasics(
                new Profile.Basics(
                        (short) 461,
                        30,
                        true,
                        true,
                        false,
                        15,
                        37,
                        LocalDate.of(2027, 1, 4),
                        LocalDate.of(2027, 12, 31),
                        List.of("da", "uk"),
                        true,
                        false),
                NOW);
        profile.changeSkills(Set.of(new HeldSkill((short) 1, (short) 3), new HeldSkill((short) 7, (short) 1)), NOW);
        profile.changeAvailability(week, NOW);
        profile.answerWorkStyle(List.of(1, 2, 3, 4, 5, 5, 4, 3, 2, 1), NOW);
        profile.changeSituation(new Profile.Situation(NOW, true, false, true, false), NOW);
        profiles.saveAndFlush(profile);

        Profile read = profiles.findById(accountId).orElseThrow().snapshot();
        assertThat(read.basics().languages()).containsExactly("da", "uk");
        assertThat(read.basics().availableUntil()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(read.availability()).isEqualTo(week);
        assertThat(read.skills())
                .containsExactly(new HeldSkill((short) 1, (short) 3), new HeldSkill((short) 7, (short) 1));
        assertThat(read.workStyle()).containsExactly(1, 2, 3, 4, 5, 5, 4, 3, 2, 1);
        assertThat(read.situation()).isEqualTo(new Profile.Situation(NOW, true, false, true, false));
        assertThat(jdbc.sql("select length(availability) from freelancer_profile where account_id = :id")
                        .param("id", accountId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(42);
    }

    @Test
    void creatingTwiceKeepsOneProfile() {
        long accountId = newAccount();
        profiles.createIfAbsent(accountId);
        profiles.createIfAbsent(accountId);
        assertThat(jdbc.sql("select count(*) from freelancer_profile where account_id = :id")
                        .param("id", accountId)
                        .query(Long.class)
                        .single())
                .isOne();
    }
}
