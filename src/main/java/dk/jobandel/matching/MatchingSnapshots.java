package dk.jobandel.matching;

import dk.jobandel.agreements.Bookings;
import dk.jobandel.freelancers.FreelancerProfiles;
import dk.jobandel.freelancers.MatchableFreelancer;
import dk.jobandel.matching.engine.FreelancerSnapshot;
import dk.jobandel.matching.engine.MatchingData;
import dk.jobandel.matching.engine.RoleSnapshot;
import dk.jobandel.matching.engine.SkillNeed;
import dk.jobandel.matching.engine.WorkMode;
import dk.jobandel.roles.MatchableRole;
import dk.jobandel.roles.RequiredSkill;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.shared.Municipality;
import dk.jobandel.shared.ReferenceData;
import dk.jobandel.shared.Skill;
import dk.jobandel.shared.WeekGrid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Takes the engine's input from the database: every matchable freelancer and every published role,
 * each read with a bulk statement through its module's API, turned into the engine's immutable
 * snapshots. Skill ids are used as bit positions directly (they are small and dense).
 */
@Service
public class MatchingSnapshots {

    /** The engine allows at most four hours of handover overlap. */
    private static final int MAX_HANDOVER_HALF_HOURS = 8;

    /**
     * The handover overlap in half-hours that matching and every check of a split use: the wanted minutes rounded up
     * to half-hours, at most four hours, and none for a role one person does alone.
     */
    public static int handoverHalfHours(int sharers, int handoverMinutes) {
        return sharers == 1 ? 0 : Math.min(MAX_HANDOVER_HALF_HOURS, (handoverMinutes + 29) / 30);
    }

    private final FreelancerProfiles profiles;
    private final SharedRoles roles;
    private final ReferenceData referenceData;
    private final Bookings bookings;
    private final Clock clock;

    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    MatchingSnapshots(
            FreelancerProfiles profiles,
            SharedRoles roles,
            ReferenceData referenceData,
            Bookings bookings,
            Clock clock) {
        this.profiles = profiles;
        this.roles = roles;
        this.referenceData = referenceData;
        this.bookings = bookings;
        this.clock = clock;
    }

    /** Everything one matching run works on, taken at one moment. */
    public record Snapshot(MatchingData freelancers, List<RoleSnapshot> roles, Instant takenAt) {}

    public Snapshot take() {
        Instant takenAt = clock.instant();
        int skillWords = skillWords();
        // time booked by agreements running now or later is not free, whatever the profile says
        Map<Long, WeekGrid> booked = bookings.bookedSlotsDuring(LocalDate.ofInstant(takenAt, DENMARK), null);
        // turned into the engine's snapshots as the rows arrive, so the module's rows are never all held at once
        List<FreelancerSnapshot> freelancers = new ArrayList<>();
        profiles.matchable(
                f -> freelancers.add(freelancer(f, booked.getOrDefault(f.accountId(), WeekGrid.EMPTY), skillWords)));
        List<RoleSnapshot> published =
                roles.published().stream().map(r -> role(r, skillWords)).toList();
        return new Snapshot(MatchingData.of(freelancers), published, takenAt);
    }

    private int skillWords() {
        int maxId = referenceData.skillCategories().stream()
                .flatMap(c -> c.skills().stream())
                .mapToInt(Skill::id)
                .max()
                .orElse(0);
        return maxId / 64 + 1;
    }

    FreelancerSnapshot freelancer(MatchableFreelancer f, WeekGrid booked, int skillWords) {
        long[][] levels = new long[3][skillWords];
        for (int i = 0; i < f.skillIds().length; i++) {
            int id = f.skillIds()[i];
            for (int level = 1; level <= f.skillLevels()[i]; level++) {
                levels[level - 1][id >>> 6] |= 1L << (id & 63);
            }
        }
        Municipality home = municipality(f.municipalityCode());
        return new FreelancerSnapshot(
                f.accountId(),
                levels[0],
                levels[1],
                levels[2],
                words(f.availability().minus(booked)),
                f.desiredHoursMin() * 2,
                f.desiredHoursMax() * 2,
                home.latitude(),
                home.longitude(),
                f.travelKm(),
                f.worksOnSite(),
                f.worksHybrid(),
                f.worksRemote(),
                f.workStyle());
    }

    RoleSnapshot role(MatchableRole r, int skillWords) {
        long[][] mustEach = new long[3][skillWords];
        List<SkillNeed> mustOne = new ArrayList<>();
        List<SkillNeed> nice = new ArrayList<>();
        for (RequiredSkill skill : r.skills()) {
            switch (skill.requirement()) {
                case MUST_EACH -> mustEach[skill.minLevel() - 1][skill.skillId() >>> 6] |= 1L << (skill.skillId() & 63);
                case MUST_ONE -> mustOne.add(new SkillNeed(skill.skillId(), skill.minLevel()));
                case NICE -> nice.add(new SkillNeed(skill.skillId(), skill.minLevel()));
            }
        }
        Municipality place = municipality(r.municipalityCode());
        int handover = handoverHalfHours(r.sharers(), r.handoverMinutes());
        return new RoleSnapshot(
                r.id(),
                words(r.schedule()),
                r.sharers(),
                handover,
                r.splitPercents().stream().mapToInt(Integer::intValue).toArray(),
                mustEach[0],
                mustEach[1],
                mustEach[2],
                mustOne,
                nice,
                place.latitude(),
                place.longitude(),
                WorkMode.valueOf(r.workMode().name()));
    }

    private Municipality municipality(short code) {
        return referenceData
                .municipality(code)
                .orElseThrow(() -> new IllegalStateException("Unknown municipality " + code));
    }

    /** The grid as the engine's six words. */
    static long[] words(WeekGrid grid) {
        long[] words = new long[WeekGrid.WORDS];
        for (int i = 0; i < WeekGrid.WORDS; i++) {
            words[i] = grid.word(i);
        }
        return words;
    }
}
