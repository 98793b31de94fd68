package dk.jobandel.matching.engine;

/**
 * Week grids as six raw {@code long}s: 7 days × 48 half-hours, slot {@code i} is bit {@code i % 64} of word
 * {@code i / 64}, Monday 00:00 is slot 0 (the layout of {@code WeekGrid.word(i)}).
 */
public final class Slots {

    /** Half-hours in a week. */
    public static final int SLOTS = 336;
    /** Half-hours in a day. */
    public static final int PER_DAY = 48;
    /** Words in a week grid. */
    public static final int WORDS = 6;
    /** Word 5 holds slots 320–335 only. */
    static final long LAST_WORD_MASK = 0xFFFFL;

    private Slots() {}

    /** A copy of a six-word grid, checked. */
    static long[] checked(long[] words, String what) {
        if (words.length != WORDS) {
            throw new IllegalArgumentException(what + " must have " + WORDS + " words, not " + words.length);
        }
        if ((words[WORDS - 1] & ~LAST_WORD_MASK) != 0) {
            throw new IllegalArgumentException(what + " has bits above slot 335");
        }
        return words.clone();
    }

    /** The number of slots set. */
    public static int count(long[] words) {
        int count = 0;
        for (long word : words) {
            count += Long.bitCount(word);
        }
        return count;
    }

    /** Whether slot {@code slot} is set. */
    public static boolean contains(long[] words, int slot) {
        return (words[slot >>> 6] & (1L << slot)) != 0;
    }

    /** Sets slots {@code from} (inclusive) to {@code to} (exclusive). */
    static void setRange(long[] words, int from, int to) {
        for (int slot = from; slot < to; slot++) {
            words[slot >>> 6] |= 1L << slot;
        }
    }

    /** A new grid with the slots {@code from} up to {@code to} set, a convenience for tests and callers. */
    public static long[] range(int from, int to) {
        long[] words = new long[WORDS];
        setRange(words, from, to);
        return words;
    }

    /** The first set slot at or after {@code from}, or -1. */
    static int nextSet(long[] words, int from) {
        if (from >= SLOTS) {
            return -1;
        }
        int index = from >>> 6;
        long bits = words[index] & (-1L << from);
        while (bits == 0) {
            if (++index == WORDS) {
                return -1;
            }
            bits = words[index];
        }
        return index * 64 + Long.numberOfTrailingZeros(bits);
    }

    /** The end (exclusive) of the run of set slots starting at {@code from}; runs end at midnight. */
    static int runEnd(long[] words, int from) {
        int dayEnd = (from / PER_DAY + 1) * PER_DAY;
        int slot = from;
        while (slot < dayEnd && contains(words, slot)) {
            slot++;
        }
        return slot;
    }
}
