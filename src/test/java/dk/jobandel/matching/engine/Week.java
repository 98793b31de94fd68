package dk.jobandel.matching.engine;

/** Week grids for tests, written the way people say them: {@code Week.days(MON, FRI, "08:00", "16:00")}. */
final class Week {

    static final int MON = 0;
    static final int TUE = 1;
    static final int WED = 2;
    static final int THU = 3;
    static final int FRI = 4;
    static final int SAT = 5;
    static final int SUN = 6;

    private Week() {}

    /** The half-hour of the day (0–48) of "HH:MM". */
    static int halfHour(String time) {
        String[] parts = time.split(":");
        return Integer.parseInt(parts[0]) * 2 + Integer.parseInt(parts[1]) / 30;
    }

    /** The same times on each day from {@code first} to {@code last}, inclusive. */
    static long[] days(int first, int last, String from, String to) {
        long[] words = new long[Slots.WORDS];
        for (int day = first; day <= last; day++) {
            or(words, Slots.range(day * 48 + halfHour(from), day * 48 + halfHour(to)));
        }
        return words;
    }

    static long[] day(int day, String from, String to) {
        return days(day, day, from, to);
    }

    static long[] union(long[]... grids) {
        long[] words = new long[Slots.WORDS];
        for (long[] grid : grids) {
            or(words, grid);
        }
        return words;
    }

    private static void or(long[] into, long[] grid) {
        for (int w = 0; w < Slots.WORDS; w++) {
            into[w] |= grid[w];
        }
    }
}
