package dk.jobandel.matching.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The single-candidate rules, as small functions over the struct-of-arrays data. The hot path
 * ({@link #score(PreparedRole, int)}) allocates nothing; {@link #explain(PreparedRole, int)} builds the breakdown
 * for the few results returned, from the same functions, so that the two cannot disagree.
 *
 * <p>Hard rules: work mode, required skills, free hours, distance, checked in the order that rejects most for the
 * least read: {@link #passesFilter} first, then {@link #scoreFiltered}; the batch {@link #scoreRange} does the first
 * two steps for a block at a time. Soft criteria: see {@link Weights} and {@link Criterion}.
 */
final class CandidateRules {

    /** What {@link #score} returns for a person who breaks a hard rule. */
    static final double INELIGIBLE = -1.0;

    private CandidateRules() {}

    /** The score 0–100 of freelancer {@code i} for the role, or {@link #INELIGIBLE}. */
    static double score(PreparedRole q, int i) {
        if (q.impossible || !passesFilter(q, q.data, i)) {
            return INELIGIBLE;
        }
        return scoreFiltered(q, i);
    }

    /**
     * The eligible freelancers among {@code [from, to)} with their scores, in index order: their indexes in
     * {@code indexes[0 .. n-1]} and scores in {@code scores[0 .. n-1]}, where n is returned. The same scores as
     * {@link #score}, found in three passes: {@link #filter} over the whole range, without a data-dependent branch,
     * lets about one freelancer in ten through; {@link #nearEnough} keeps, again without a branch, those whose home
     * passes the distance pre-check (in the benchmarks' synthetic world about one in seven of them); only the few left meet the
     * remaining rules one by one, in {@link #scoreFiltered}. Both arrays need room for {@code to - from} entries.
     */
    static int scoreRange(PreparedRole q, int from, int to, int[] indexes, double[] scores) {
        if (q.impossible) {
            return 0;
        }
        int passed = filter(q, from, to, indexes);
        if (q.mode != WorkMode.REMOTE) {
            passed = nearEnough(q, indexes, passed);
        }
        int eligible = 0;
        for (int j = 0; j < passed; j++) {
            int i = indexes[j];
            double score = scoreFiltered(q, i);
            if (score != INELIGIBLE) {
                indexes[eligible] = i;
                scores[eligible] = score;
                eligible++;
            }
        }
        return eligible;
    }

    /**
     * Writes the indexes in {@code [from, to)} that pass {@link #passesFilter} to {@code out} and returns how many.
     * Every index is stored and the count moves on only for a pass, so the loop has no branch that depends on the
     * data: about nine in ten freelancers fail here, unpredictably, and a mispredicted branch would cost more than
     * the test.
     */
    static int filter(PreparedRole q, int from, int to, int[] out) {
        long[] filter = q.data.filter;
        int offset = q.filterWord * q.data.size;
        long bits = q.filterBits;
        int n = 0;
        for (int i = from; i < to; i++) {
            long missing = bits & ~filter[offset + i];
            out[n] = i;
            n += (int) (((missing | -missing) >>> 63) ^ 1); // 1 when nothing is missing, else 0
        }
        return n;
    }

    /**
     * Keeps, in place and in order, the first {@code n} indexes whose home is not beyond travel by the chord
     * pre-check ({@link #beyondChord}); returns how many. Branch-free, as {@link #filter}.
     */
    static int nearEnough(PreparedRole q, int[] indexes, int n) {
        double[] place = q.data.place;
        double x = q.x;
        double y = q.y;
        double z = q.z;
        int kept = 0;
        for (int j = 0; j < n; j++) {
            int i = indexes[j];
            int at = MatchingData.PLACE * i;
            double dx = x - place[at];
            double dy = y - place[at + 1];
            double dz = z - place[at + 2];
            // limit − chord² is negative exactly when chord² > limit: x − y is never 0 for x ≠ y
            double room = place[at + 3] - (dx * dx + dy * dy + dz * dz);
            indexes[kept] = i;
            kept += (int) ((Double.doubleToRawLongBits(room) >>> 63) ^ 1);
        }
        return kept;
    }

    /**
     * The first, cheapest test: the work mode, and the required skills at level 1 or more in the word of
     * {@link MatchingData#filter} with the role's rarest required skill. One word per freelancer, consecutive for
     * consecutive freelancers. Necessary for eligibility, not sufficient.
     */
    static boolean passesFilter(PreparedRole q, MatchingData d, int i) {
        return (q.filterBits & ~d.filter[q.filterWord * d.size + i]) == 0;
    }

    /**
     * The score of a freelancer who passed {@link #passesFilter}. The remaining hard rules go most selective for
     * what they read first: the distance pre-check (32 bytes of {@link MatchingData#place}), which rejects most of
     * those still left, then all required skills at their levels, the most hours a one-person role's person wants
     * (one int), the free half-hours, and the exact distance. The order changes no result: a score needs every rule
     * to hold, and it is computed by the same formula from the same values.
     */
    static double scoreFiltered(PreparedRole q, int i) {
        MatchingData d = q.data;
        boolean remote = q.mode == WorkMode.REMOTE; // a remote role: distance does not matter, and costs no root
        double chord2 = 0;
        if (!remote) {
            chord2 = chord2(q, d, i);
            if (beyondChord(d, i, chord2)) {
                return INELIGIBLE;
            }
        }
        if (!holdsRequired(q, d, i) || (q.sharers == 1 && q.scheduleCount > d.desiredMax[i])) {
            return INELIGIBLE;
        }
        int covered = covered(q.schedule, d.available, i);
        if (!enoughHours(q, d, i, covered)) {
            return INELIGIBLE;
        }
        double travel = 1.0;
        if (!remote) {
            double distance = Geo.kmFromChord2(chord2);
            if (!withinTravel(d, i, distance)) {
                return INELIGIBLE;
            }
            travel = travel(q, d, i, distance);
        }
        return Weights.candidate(
                coverage(q, covered), skills(q, d, i), levels(q, d, i), hours(q, d, i, covered), travel);
    }

    // ---- hard rules

    /**
     * Every required skill at its level: no bit of the requirement outside what is held. Only the words with a
     * requirement are read; elsewhere nothing can be missing.
     */
    static boolean holdsRequired(PreparedRole q, MatchingData d, int i) {
        int base = i * d.skillWords;
        long missing = 0;
        for (int w : q.requiredWords) {
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

    /** The quick pre-check: a squared chord this long is beyond the person's travel distance for certain. */
    static boolean beyondChord(MatchingData d, int i, double chord2) {
        return chord2 > d.place[MatchingData.PLACE * i + 3];
    }

    /** Within travel distance, exactly. */
    static boolean withinTravel(MatchingData d, int i, double distanceKm) {
        return distanceKm <= d.travelKm[i];
    }

    static double chord2(PreparedRole q, MatchingData d, int i) {
        int at = MatchingData.PLACE * i;
        double dx = q.x - d.place[at];
        double dy = q.y - d.place[at + 1];
        double dz = q.z - d.place[at + 2];
        return dx * dx + dy * dy + dz * dz;
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
        int base = i * d.skillWords;
        int met = 0;
        for (int w : q.wantedWords) { // elsewhere nothing is wanted
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
        int base = i * d.skillWords;
        int above = 0;
        for (int w : q.levelWords) { // elsewhere no level can count
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
