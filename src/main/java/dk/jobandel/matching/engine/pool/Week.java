package dk.jobandel.matching.engine.pool;

import dk.jobandel.matching.engine.Slots;

/** Small helpers on six-word week grids (the layout of {@link Slots}); package-private. */
final class Week {

    static final long LAST_WORD_MASK = 0xFFFFL;

    private Week() {}

    /** A copy of a six-word grid, checked. */
    static long[] checked(long[] words, String what) {
        if (words.length != Slots.WORDS) {
            throw new IllegalArgumentException(what + " must have " + Slots.WORDS + " words, not " + words.length);
        }
        if ((words[Slots.WORDS - 1] & ~LAST_WORD_MASK) != 0) {
            throw new IllegalArgumentException(what + " has bits above slot 335");
        }
        return words.clone();
    }

    static boolean contains(long[] words, int slot) {
        return (words[slot >>> 6] & (1L << slot)) != 0;
    }

    static boolean overlaps(long[] a, long[] b) {
        for (int w = 0; w < Slots.WORDS; w++) {
            if ((a[w] & b[w]) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether every slot of {@code part} is in {@code whole}. */
    static boolean within(long[] part, long[] whole) {
        for (int w = 0; w < Slots.WORDS; w++) {
            if ((part[w] & ~whole[w]) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The runs of set slots as {@code [start0, end0, start1, end1, …]} (ends exclusive), in slot order; a run stops at
     * midnight, so every run lies within one day.
     */
    static int[] runs(long[] words) {
        int[] runs = new int[16];
        int count = 0;
        int slot = 0;
        while (slot < Slots.SLOTS) {
            if (!contains(words, slot)) {
                slot++;
                continue;
            }
            int dayEnd = (slot / Slots.PER_DAY + 1) * Slots.PER_DAY;
            int end = slot;
            while (end < dayEnd && contains(words, end)) {
                end++;
            }
            if (count + 2 > runs.length) {
                runs = java.util.Arrays.copyOf(runs, runs.length * 2);
            }
            runs[count++] = slot;
            runs[count++] = end;
            slot = end;
        }
        return java.util.Arrays.copyOf(runs, count);
    }
}
