package dk.jobandel.matching;

import dk.jobandel.freelancers.FreelancerProfiles;
import dk.jobandel.freelancers.HeldSkill;
import dk.jobandel.freelancers.Profile;
import dk.jobandel.matching.engine.pool.PoolNeed;
import dk.jobandel.matching.engine.pool.PoolWorker;
import dk.jobandel.pools.NeedSkill;
import dk.jobandel.pools.Pools;
import dk.jobandel.shared.Municipality;
import dk.jobandel.shared.ReferenceData;
import dk.jobandel.shared.WeekGrid;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A pool's needs and workers as the portfolio planner sees them ({@link PoolMatching}): skills as bitsets by level,
 * places as coordinates. A worker's free time is their availability without what agreements already book; their skills
 * and levels, home municipality and travel distance come from their profile, and the hours they want from their place
 * in the pool.
 */
@Component
class PoolPlanInputs {

    private final FreelancerProfiles profiles;
    private final ReferenceData referenceData;

    PoolPlanInputs(FreelancerProfiles profiles, ReferenceData referenceData) {
        this.profiles = profiles;
        this.referenceData = referenceData;
    }

    /** Words a skill bitset needs for the highest skill id the needs require (skill ids are small). */
    static int skillWords(List<Pools.OpenNeed> needs) {
        int max = 0;
        for (Pools.OpenNeed need : needs) {
            for (NeedSkill skill : need.skills()) {
                max = Math.max(max, skill.skillId());
            }
        }
        return (max >>> 6) + 1;
    }

    static PoolNeed need(Pools.OpenNeed need, int words) {
        long[][] byLevel = new long[4][words];
        for (NeedSkill skill : need.skills()) {
            int level = Math.clamp(skill.minLevel(), 1, 3);
            byLevel[level][skill.skillId() >>> 6] |= 1L << skill.skillId();
        }
        boolean remote = need.remote() || need.latitude() == null || need.longitude() == null;
        return new PoolNeed(
                need.id(),
                need.organisationId(),
                need.scheduleWords(),
                byLevel[1],
                byLevel[2],
                byLevel[3],
                remote,
                remote ? 0 : need.latitude(),
                remote ? 0 : need.longitude());
    }

    /** The worker as the planner sees them; empty when their profile has no home municipality yet. */
    Optional<PoolWorker> worker(Pools.PoolWorker w, int words, WeekGrid booked) {
        Profile profile = profiles.profileOf(w.freelancerId());
        Profile.Basics basics = profile.basics();
        Optional<Municipality> home = basics.municipalityCode() == null
                ? Optional.empty()
                : referenceData.municipality(basics.municipalityCode());
        if (home.isEmpty()) {
            return Optional.empty();
        }
        long[] atLeast1 = new long[words];
        long[] atLeast2 = new long[words];
        long[] atLeast3 = new long[words];
        for (HeldSkill skill : profile.skills()) {
            int word = skill.skillId() >>> 6;
            if (word >= words) {
                continue; // no need asks for it
            }
            long bit = 1L << skill.skillId();
            atLeast1[word] |= bit;
            if (skill.level() >= 2) {
                atLeast2[word] |= bit;
            }
            if (skill.level() >= 3) {
                atLeast3[word] |= bit;
            }
        }
        return Optional.of(new PoolWorker(
                w.freelancerId(),
                atLeast1,
                atLeast2,
                atLeast3,
                MatchingSnapshots.words(profile.availability().minus(booked)),
                w.desiredHoursMin() * 2,
                w.desiredHoursMax() * 2,
                home.get().latitude(),
                home.get().longitude(),
                basics.travelKm() == null ? 0 : basics.travelKm(),
                basics.worksRemote() || basics.worksHybrid()));
    }
}
