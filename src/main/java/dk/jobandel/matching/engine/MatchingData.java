package dk.jobandel.matching.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All freelancers the engine matches against, built once and shared read-only across threads.
 *
 * <p>The data is laid out as struct-of-arrays so that the hot loop walks contiguous primitive arrays: freelancer
 * {@code i}'s availability is {@code available[6i .. 6i+5]}, its skills {@code skillsN[Wi .. Wi+W-1]} for
 * {@code W = skillWords()}, and so on. Two arrays are there for the scan's first steps: {@link #filter}, one word per
 * freelancer that the first pass reads in order, and {@link #place}, what the distance pre-check needs side by side.
 * The freelancer at index {@code i} is the {@code i}-th snapshot given.
 */
public final class MatchingData {

    /** Skill bits in each word of {@link #filter}; the three bits above them hold the work modes. */
    static final int FILTER_SKILLS = 61;

    /** In {@link #filter}: works remotely. A remote role requires this bit. */
    static final long FILTER_REMOTE = 1L << 61;
    /** In {@link #filter}: works on site. An on-site role requires this bit. */
    static final long FILTER_ON_SITE = 1L << 62;
    /** In {@link #filter}: works hybrid or on site. A hybrid role requires this bit. */
    static final long FILTER_HYBRID_OR_ON_SITE = 1L << 63;

    /** Doubles per freelancer in {@link #place}. */
    static final int PLACE = 4;

    /** Slack for the chord pre-check, so that it never rejects someone the exact distance would accept. */
    private static final double CHORD_SLACK = 1e-9;

    private final FreelancerSnapshot[] snapshots;
    private final Map<Long, Integer> indexById;

    final int size;
    final int skillWords;
    final long[] ids;
    final long[] available;
    final long[] skills1;
    final long[] skills2;
    final long[] skills3;
    /**
     * The scan's first filter, word-major: {@link #filterWords} words per freelancer, word {@code g} of freelancer
     * {@code i} at {@code g · size + i}. Word {@code g} holds the skills {@code 61g .. 61g+60} held at level 1 or more
     * in its low 61 bits and the work modes in the top three ({@link #FILTER_REMOTE}, {@link #FILTER_ON_SITE},
     * {@link #FILTER_HYBRID_OR_ON_SITE}), so that one word, read in order for consecutive freelancers, answers "the
     * work mode fits and these skills are held" with one AND-NOT. Every mode has a bit of its own that a role can
     * require, which is why hybrid-or-on-site is a bit rather than two.
     */
    final long[] filter;

    final int filterWords;
    /** How many freelancers hold each skill at level 1 or more: lets a role filter on its rarest skill. */
    final int[] holders;

    final int[] desiredMin;
    final int[] desiredMax;
    /**
     * Where each freelancer lives and how far they travel, four doubles per freelancer so that the distance pre-check
     * reads 32 neighbouring bytes rather than four arrays: the home's unit vector {@code x, y, z} at {@code PLACE · i + 0..2}, then at
     * {@code PLACE · i + 3} the largest squared chord within the travel distance (with the slack that keeps the
     * pre-check from rejecting anyone the exact distance would accept).
     */
    final double[] place;

    final int[] travelKm;

    /** Ten answers per freelancer; {@link #answered} says whether they are there. */
    final byte[] workStyle;

    final boolean[] answered;

    private MatchingData(List<FreelancerSnapshot> freelancers) {
        snapshots = freelancers.toArray(FreelancerSnapshot[]::new);
        size = snapshots.length;
        int words = 0;
        for (FreelancerSnapshot f : snapshots) {
            words = Math.max(words, f.atLeast1().length);
        }
        skillWords = words;
        ids = new long[size];
        available = new long[size * Slots.WORDS];
        skills1 = new long[size * words];
        skills2 = new long[size * words];
        skills3 = new long[size * words];
        filterWords = Math.max(1, (words * 64 + FILTER_SKILLS - 1) / FILTER_SKILLS); // at least one, for the modes
        filter = new long[filterWords * size];
        holders = new int[words * 64];
        desiredMin = new int[size];
        desiredMax = new int[size];
        place = new double[PLACE * size];
        travelKm = new int[size];
        workStyle = new byte[size * FreelancerSnapshot.WORK_STYLE_QUESTIONS];
        answered = new boolean[size];
        indexById = new HashMap<>();
        for (int i = 0; i < size; i++) {
            FreelancerSnapshot f = snapshots[i];
            if (indexById.put(f.id(), i) != null) {
                throw new IllegalArgumentException("Freelancer " + f.id() + " is given twice");
            }
            ids[i] = f.id();
            System.arraycopy(f.available(), 0, available, i * Slots.WORDS, Slots.WORDS);
            long[] a1 = f.atLeast1();
            System.arraycopy(a1, 0, skills1, i * words, a1.length);
            System.arraycopy(f.atLeast2(), 0, skills2, i * words, a1.length);
            System.arraycopy(f.atLeast3(), 0, skills3, i * words, a1.length);
            long modes = (f.remote() ? FILTER_REMOTE : 0)
                    | (f.onSite() ? FILTER_ON_SITE : 0)
                    | (f.hybrid() || f.onSite() ? FILTER_HYBRID_OR_ON_SITE : 0);
            for (int g = 0; g < filterWords; g++) {
                filter[g * size + i] = modes;
            }
            for (int w = 0; w < a1.length; w++) {
                for (long bits = a1[w]; bits != 0; bits &= bits - 1) {
                    int skill = w * 64 + Long.numberOfTrailingZeros(bits);
                    holders[skill]++;
                    filter[skill / FILTER_SKILLS * size + i] |= 1L << (skill % FILTER_SKILLS);
                }
            }
            desiredMin[i] = f.desiredMinHalfHours();
            desiredMax[i] = f.desiredMaxHalfHours();
            double[] unit = Geo.unitVector(f.lat(), f.lon());
            place[PLACE * i] = unit[0];
            place[PLACE * i + 1] = unit[1];
            place[PLACE * i + 2] = unit[2];
            place[PLACE * i + 3] = Geo.chord2FromKm(f.travelKm()) * (1 + CHORD_SLACK) + 1e-18;
            travelKm[i] = f.travelKm();
            byte[] style = f.workStyle();
            answered[i] = style.length == FreelancerSnapshot.WORK_STYLE_QUESTIONS;
            if (answered[i]) {
                System.arraycopy(style, 0, workStyle, i * style.length, style.length);
            }
        }
    }

    /** The data for these freelancers, indexed in the order given. */
    public static MatchingData of(List<FreelancerSnapshot> freelancers) {
        return new MatchingData(freelancers);
    }

    /** The number of freelancers. */
    public int size() {
        return size;
    }

    /** The {@code long}s per skill bitset: enough for the longest bitset given. */
    public int skillWords() {
        return skillWords;
    }

    /** The freelancer at an index. */
    public FreelancerSnapshot freelancer(int index) {
        return snapshots[index];
    }

    /** The id of the freelancer at an index. */
    public long id(int index) {
        return ids[index];
    }

    /** The index of a freelancer, or -1 when not in the data. */
    public int indexOf(long freelancerId) {
        Integer index = indexById.get(freelancerId);
        return index == null ? -1 : index;
    }
}
