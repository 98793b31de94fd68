package dk.jobandel.matching.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All freelancers the engine matches against, built once and shared read-only across threads.
 *
 * <p>The data is laid out as struct-of-arrays so that the hot loop walks contiguous primitive arrays: freelancer
 * {@code i}'s availability is {@code available[6i .. 6i+5]}, its skills {@code skillsN[Wi .. Wi+W-1]} for
 * {@code W = skillWords()}, and so on. The freelancer at index {@code i} is the {@code i}-th snapshot given.
 */
public final class MatchingData {

    static final byte ON_SITE = 1;
    static final byte HYBRID = 2;
    static final byte REMOTE = 4;

    private final FreelancerSnapshot[] snapshots;
    private final Map<Long, Integer> indexById;

    final int size;
    final int skillWords;
    final long[] ids;
    final long[] available;
    final long[] skills1;
    final long[] skills2;
    final long[] skills3;
    final int[] desiredMin;
    final int[] desiredMax;
    final double[] x;
    final double[] y;
    final double[] z;
    final int[] travelKm;
    /** The squared chord of the travel distance, a quick pre-check before the exact distance. */
    final double[] travelChord2;

    final byte[] modes;
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
        desiredMin = new int[size];
        desiredMax = new int[size];
        x = new double[size];
        y = new double[size];
        z = new double[size];
        travelKm = new int[size];
        travelChord2 = new double[size];
        modes = new byte[size];
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
            desiredMin[i] = f.desiredMinHalfHours();
            desiredMax[i] = f.desiredMaxHalfHours();
            double[] unit = Geo.unitVector(f.lat(), f.lon());
            x[i] = unit[0];
            y[i] = unit[1];
            z[i] = unit[2];
            travelKm[i] = f.travelKm();
            travelChord2[i] = Geo.chord2FromKm(f.travelKm());
            modes[i] = (byte) ((f.onSite() ? ON_SITE : 0) | (f.hybrid() ? HYBRID : 0) | (f.remote() ? REMOTE : 0));
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
