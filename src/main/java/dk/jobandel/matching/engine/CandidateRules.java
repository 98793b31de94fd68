package dk.jobandel.matching.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The single-candidate rules, as small functions over the struct-of-arrays data. The hot path
 * ({@link #score(PreparedRole, int)}) allocates nothing; {@link #explain(PreparedRole, int)} builds the breakdown
 * for the few results returned, from the same functions, so that the two cannot disagree.
 *
 * <p>Hard rules, checked cheapest first: work mode, required skills, free hours, distance. Soft criteria: see
 * {@link Weights} and {@link Criterion}.
 */
final class CandidateRules {

    /** What {@link #score} returns for a person who breaks a hard rule. */
    static final double INELIGIBLE = -1.0;

    /** Slack for the chord pre-check, so that it never rejects someone the exact distance would accept. */
    private static final double CHORD_SLACK = 1e-9;

    private CandidateRules() {}

    /** The score 0–100 of freelancer {@code i} for the role, or {@link #INELIGIBLE}. */
    static double score(PreparedRole q, int i) {
        MatchingData d = q.data;
        if (q.impossible || !modeFits(q.mode, d.modes[i])) {
            return INELIGIBLE;
        }
        if (!holdsRequired(q, d, i)) {
            return INELIGIBLE;
        }
        int covered = covered(q.schedule, d.available, i);
        if (!enoughHours(q, d, i, covered)) {
            return INELIGIBLE;
        }
        double travel = 1.0; // a remote role: distance does not matter, and costs no square root
        if (q.mode != WorkMode.REMOTE) {
            double distance = distanceKm(q, d, i);
            if (!withinTravel(d, i, distance)) {
                return INELIGIBLE;
            }
            travel = travel(q, d, i, distance);
        }
        return Weights.candidate(
                coverage(q, covered), skills(q, d, i), levels(q, d, i), hours(q, d, i, covered), travel);
    }

    // ---- hard rules

    /** A remote role needs remote work; a hybrid one hybrid or on-site work; an on-site one on-site work. */
    static boolean modeFits(WorkMode mode, byte modes) {
        return switch (mode) {
            case REMOTE -> (modes & MatchingData.REMOTE) != 0;
            case HYBRID -> (modes & (MatchingData.HYBRID | MatchingData.ON_SITE)) != 0;
            case ON_SITE -> (modes & MatchingData.ON_SITE) != 0;
        };
    }

    /** Every required skill at its level: no bit of the requirement outside what is held. */
    static boolean holdsRequired(PreparedRole q, MatchingData d, int i) {
        int words = d.skillWords;
        int base = i * words;
        long missing = 0;
        for (int w = 0; w < words; w++) {
            missing |= (q.required1[w] & ~d.skills1[base + w])
                    | (q.required2[w] & ~d.skills2[base + w])
                    | (q.required3[w] & ~d.skills3[base + w]);
        }
        return missing == 0;
    }

    /** The role's half-hours the person is free for: AND and popcount. */
    static int covered(long[] schedule, long[] available, int i) {
        int base = i * Slots.WORDS;
        return Long.bitCount(schedule[0] & available[base])
                + Long.bitCount(schedule[1] & available[base + 1])
                + Long.bitCount(schedule[2] & available[base + 2])
                + Long.bitCount(schedule[3] & available[base + 3])
                + Long.bitCount(schedule[4] & available[base + 4])
                + Long.bitCount(schedule[5] & available[base + 5]);
    }

    /**
     * A one-person role: free for the whole schedule, and the schedule within the most hours the person wants. A
     * shared role: free for at least {@code ceil(slots / (2 · sharers))} of it, half an even share, so that the
     * team search starts from people who can carry a real part.
     */
    static boolean enoughHours(PreparedRole q, MatchingData d, int i, int covered) {
        if (q.sharers == 1) {
            return covered == q.scheduleCount && q.scheduleCount <= d.desiredMax[i];
        }
        return covered >= q.minCovered;
    }

    /** Within travel distance ({@link #distanceKm} has already turned a far chord into +∞). */
    static boolean withinTravel(MatchingData d, int i, double distanceKm) {
        return distanceKm <= d.travelKm[i];
    }

    static double chord2(PreparedRole q, MatchingData d, int i) {
        double dx = q.x - d.x[i];
        double dy = q.y - d.y[i];
        double dz = q.z - d.z[i];
        return dx * dx + dy * dy + dz * dz;
    }

    /** The distance in km, or +∞ when the chord pre-check shows it is beyond travel (for a non-remote role). */
    static double distanceKm(PreparedRole q, MatchingData d, int i) {
        double chord2 = chord2(q, d, i);
        if (q.mode != WorkMode.REMOTE && chord2 > d.travelChord2[i] * (1 + CHORD_SLACK) + 1e-18) {
            return Double.POSITIVE_INFINITY;
        }
        return Geo.kmFromChord2(chord2);
    }

    // ---- soft criteria, each 0–1

    static double coverage(PreparedRole q, int covered) {
        return q.scheduleCount == 0 ? 1.0 : covered / (double) q.scheduleCount;
    }

    /** Wanted skills held at the wanted level, over all wanted; 1 when nothing is wanted. */
    static double skills(PreparedRole q, MatchingData d, int i) {
        if (q.wantedCount == 0) {
            return 1.0;
        }
        int words = d.skillWords;
        int base = i * words;
        int met = 0;
        for (int w = 0; w < words; w++) {
            met += Long.bitCount(q.wantedExactly1[w] & d.skills1[base + w])
                    + Long.bitCount(q.wantedExactly2[w] & d.skills2[base + w])
                    + Long.bitCount(q.wantedExactly3[w] & d.skills3[base + w]);
        }
        return met / (double) q.wantedCount;
    }

    /**
     * Levels above the minimum over the room there is above it: a skill needed at level 1 and held at 3 earns 2 of
     * 2; one needed at 3 has no room and does not count. 1 when there is no room at all.
     */
    static double levels(PreparedRole q, MatchingData d, int i) {
        if (q.levelRoom == 0) {
            return 1.0;
        }
        int words = d.skillWords;
        int base = i * words;
        int above = 0;
        for (int w = 0; w < words; w++) {
            above += Long.bitCount(q.requiredExactly1[w] & d.skills2[base + w])
                    + Long.bitCount(q.requiredExactly1[w] & d.skills3[base + w])
                    + Long.bitCount(q.requiredExactly2[w] & d.skills3[base + w]);
        }
        return above / (double) q.levelRoom;
    }

    static double shareHalfHours(PreparedRole q, int covered) {
        return q.sharers == 1 ? q.scheduleCount : Math.min(covered, q.share);
    }

    static double hours(PreparedRole q, MatchingData d, int i, int covered) {
        return Weights.hoursFit(shareHalfHours(q, covered), d.desiredMin[i], d.desiredMax[i]);
    }

    static double travel(PreparedRole q, MatchingData d, int i, double distanceKm) {
        return q.mode == WorkMode.REMOTE ? 1.0 : Weights.travel(distanceKm, d.travelKm[i]);
    }

    // ---- the cold path

    /** The full candidate, or null when a hard rule fails. */
    static @org.jspecify.annotations.Nullable Candidate explain(PreparedRole q, int i) {
        double score = score(q, i);
        if (score == INELIGIBLE) {
            return null;
        }
        MatchingData d = q.data;
        int covered = covered(q.schedule, d.available, i);
        double distance = Geo.kmFromChord2(chord2(q, d, i));
        var breakdown = new Breakdown(List.of(
                new CriterionScore(Criterion.COVERAGE, Weights.COVERAGE, coverage(q, covered)),
                new CriterionScore(Criterion.SKILLS, Weights.SKILLS, skills(q, d, i)),
                new CriterionScore(Criterion.LEVELS, Weights.LEVELS, levels(q, d, i)),
                new CriterionScore(Criterion.HOURS, Weights.HOURS, hours(q, d, i, covered)),
                new CriterionScore(Criterion.TRAVEL, Weights.TRAVEL, travel(q, d, i, distance))));
        return new Candidate(d.ids[i], q.role.id(), score, breakdown, reasons(q, d, i, covered, distance));
    }

    private static CandidateReasons reasons(PreparedRole q, MatchingData d, int i, int covered, double distance) {
        FreelancerSnapshot f = d.freelancer(i);
        List<LevelGap> requiredHeld = new ArrayList<>();
        int[] required = PreparedRole.levels(q.role.mustEach(), q.sharers == 1 ? q.role.mustOne() : List.of());
        for (int skill = 0; skill < required.length; skill++) {
            if (required[skill] > 0) {
                requiredHeld.add(new LevelGap(skill, required[skill], f.level(skill)));
            }
        }
        List<SkillNeed> met = new ArrayList<>();
        List<SkillNeed> missing = new ArrayList<>();
        List<LevelGap> gaps = new ArrayList<>();
        int[] wanted = PreparedRole.levels(q.role.nice(), q.sharers == 1 ? List.of() : q.role.mustOne());
        for (int skill = 0; skill < wanted.length; skill++) {
            int level = wanted[skill];
            if (level == 0) {
                continue;
            }
            int held = f.level(skill);
            if (held >= level) {
                met.add(new SkillNeed(skill, level));
            } else if (held == 0) {
                missing.add(new SkillNeed(skill, level));
            } else {
                gaps.add(new LevelGap(skill, level, held));
            }
        }
        long[] coveredSlots = new long[Slots.WORDS];
        long[] uncoveredSlots = new long[Slots.WORDS];
        for (int w = 0; w < Slots.WORDS; w++) {
            coveredSlots[w] = q.schedule[w] & d.available[i * Slots.WORDS + w];
            uncoveredSlots[w] = q.schedule[w] & ~d.available[i * Slots.WORDS + w];
        }
        return new CandidateReasons(
                requiredHeld,
                met,
                missing,
                gaps,
                coveredSlots,
                uncoveredSlots,
                distance,
                shareHalfHours(q, covered),
                d.desiredMin[i],
                d.desiredMax[i]);
    }
}
