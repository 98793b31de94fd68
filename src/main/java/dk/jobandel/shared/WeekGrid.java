package dk.jobandel.shared;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * A weekly pattern of half-hours: when a person is available, or when a role needs someone. The week has
 * {@value #DAYS} days of {@value #SLOTS_PER_DAY} half-hour slots; slot {@code day * 48 + halfHourOfDay} with Monday
 * 00:00 as slot 0 and Sunday 23:30 as slot 335, days as {@link DayOfWeek} (index {@code getValue() - 1}). Times are
 * Europe/Copenhagen wall-clock times: a grid says "Mondays 08:00–12:00", not an instant, so no time-zone arithmetic
 * happens here.
 *
 * <p>The slots are six {@code long}s, slot {@code i} being bit {@code i % 64} of word {@code i / 64}, so that the
 * matching engine compares grids with AND and popcount. A grid is immutable; every operation returns a new one.
 *
 * <p>The text form, for people and for the form that works without JavaScript, is
 * {@code "man 08:00–12:00, ons 13:00–17:30"}: see {@link #format(Locale)} and {@link #parse(String)}.
 */
public final class WeekGrid {

    public static final int DAYS = 7;
    public static final int SLOTS_PER_DAY = 48;
    /** The half-hours of a week, 336. */
    public static final int SLOTS = DAYS * SLOTS_PER_DAY;
    /** The {@code long}s that hold the slots, 6. */
    public static final int WORDS = 6;
    /** The length of {@link #toBytes()}: 336 bits. */
    public static final int BYTES = SLOTS / Byte.SIZE;

    /** Word 5 holds only slots 320–335; its upper 48 bits are always 0. */
    private static final long LAST_WORD_MASK = (1L << (SLOTS - (WORDS - 1) * Long.SIZE)) - 1;

    /** No half-hour at all. */
    public static final WeekGrid EMPTY = new WeekGrid(0, 0, 0, 0, 0, 0);
    /** Every half-hour of the week. */
    public static final WeekGrid FULL = new WeekGrid(-1L, -1L, -1L, -1L, -1L, LAST_WORD_MASK);

    /** For each day index, the words of the grid that holds the whole of that day. */
    private static final long[][] DAY_WORDS = dayWords();

    private final long w0;
    private final long w1;
    private final long w2;
    private final long w3;
    private final long w4;
    private final long w5;

    private WeekGrid(long w0, long w1, long w2, long w3, long w4, long w5) {
        this.w0 = w0;
        this.w1 = w1;
        this.w2 = w2;
        this.w3 = w3;
        this.w4 = w4;
        this.w5 = w5;
    }

    static WeekGrid of(long[] words) {
        return new WeekGrid(words[0], words[1], words[2], words[3], words[4], words[5]);
    }

    /**
     * The grid with these six words, as returned by {@link #word(int)}.
     *
     * @throws IllegalArgumentException unless there are exactly six words and no bit above slot 335 is set
     */
    public static WeekGrid ofWords(long... words) {
        if (words.length != WORDS) {
            throw new IllegalArgumentException("A week grid has " + WORDS + " words, not " + words.length);
        }
        if ((words[WORDS - 1] & ~LAST_WORD_MASK) != 0) {
            throw new IllegalArgumentException("Bits above slot " + (SLOTS - 1) + " are set in word " + (WORDS - 1)
                    + ": 0x" + Long.toHexString(words[WORDS - 1]));
        }
        return of(words);
    }

    /**
     * The grid with exactly these slots set.
     *
     * @throws IllegalArgumentException for a slot outside 0–335
     */
    public static WeekGrid ofSlots(int... slots) {
        return WeekGridCodec.ofSlots(slots);
    }

    /**
     * The half-hours of one day from {@code from} up to {@code to}; {@code to} may be {@link LocalTime#MIDNIGHT},
     * meaning 24:00, the end of the day.
     *
     * @throws WeekGridFormatException if a time is not on :00 or :30, or {@code to} is not after {@code from}
     */
    public static WeekGrid range(DayOfWeek day, LocalTime from, LocalTime to) {
        return daily(Set.of(day), from, to);
    }

    /**
     * The same times on each of the given days, for quick fills such as weekdays 08:00–16:00.
     *
     * @throws WeekGridFormatException as {@link #range(DayOfWeek, LocalTime, LocalTime)}
     */
    public static WeekGrid daily(Set<DayOfWeek> days, LocalTime from, LocalTime to) {
        return WeekGridCodec.daily(days, from, to);
    }

    /** Word {@code index} (0–5): slot {@code index * 64 + b} is bit {@code b}. */
    public long word(int index) {
        return switch (index) {
            case 0 -> w0;
            case 1 -> w1;
            case 2 -> w2;
            case 3 -> w3;
            case 4 -> w4;
            case 5 -> w5;
            default -> throw new IndexOutOfBoundsException("Word " + index + " is outside 0–" + (WORDS - 1));
        };
    }

    /**
     * Whether slot {@code slot} is set.
     *
     * @throws IndexOutOfBoundsException for a slot outside 0–335
     */
    public boolean contains(int slot) {
        Objects.checkIndex(slot, SLOTS);
        return ((word(slot >>> 6) >>> slot) & 1L) != 0;
    }

    /** Whether no half-hour is set. */
    public boolean isEmpty() {
        return (w0 | w1 | w2 | w3 | w4 | w5) == 0;
    }

    /** Whether every half-hour of the week is set. */
    public boolean isFull() {
        return equals(FULL);
    }

    /** The number of half-hours set. */
    public int slotCount() {
        return Long.bitCount(w0)
                + Long.bitCount(w1)
                + Long.bitCount(w2)
                + Long.bitCount(w3)
                + Long.bitCount(w4)
                + Long.bitCount(w5);
    }

    /** The number of half-hours set on one day. */
    public int slotCount(DayOfWeek day) {
        long[] dayWords = DAY_WORDS[index(day)];
        int count = 0;
        for (int i = 0; i < WORDS; i++) {
            count += Long.bitCount(word(i) & dayWords[i]);
        }
        return count;
    }

    /** The time set, in minutes: 30 per half-hour. */
    public int minutes() {
        return slotCount() * 30;
    }

    /** The time set, in hours. */
    public double hours() {
        return slotCount() / 2.0;
    }

    /** Only this day's half-hours. */
    public WeekGrid day(DayOfWeek day) {
        return intersection(of(DAY_WORDS[index(day)]));
    }

    /** The set slots in ascending order. */
    public IntStream slots() {
        return IntStream.iterate(nextSetSlot(0), slot -> slot >= 0, slot -> nextSetSlot(slot + 1));
    }

    /** The half-hours in either grid. */
    public WeekGrid union(WeekGrid other) {
        return new WeekGrid(w0 | other.w0, w1 | other.w1, w2 | other.w2, w3 | other.w3, w4 | other.w4, w5 | other.w5);
    }

    /** The half-hours in both grids. */
    public WeekGrid intersection(WeekGrid other) {
        return new WeekGrid(w0 & other.w0, w1 & other.w1, w2 & other.w2, w3 & other.w3, w4 & other.w4, w5 & other.w5);
    }

    /** The half-hours of this grid that are not in {@code other}. */
    public WeekGrid minus(WeekGrid other) {
        return new WeekGrid(
                w0 & ~other.w0, w1 & ~other.w1, w2 & ~other.w2, w3 & ~other.w3, w4 & ~other.w4, w5 & ~other.w5);
    }

    /** The half-hours of the week that are not in this grid. */
    public WeekGrid complement() {
        return new WeekGrid(~w0, ~w1, ~w2, ~w3, ~w4, ~w5 & LAST_WORD_MASK);
    }

    /** Whether the two grids share at least one half-hour. */
    public boolean overlaps(WeekGrid other) {
        long shared = (w0 & other.w0) | (w1 & other.w1) | (w2 & other.w2);
        shared |= (w3 & other.w3) | (w4 & other.w4) | (w5 & other.w5);
        return shared != 0;
    }

    /** Whether every half-hour of {@code other} is in this grid. */
    public boolean containsAll(WeekGrid other) {
        long missing = (other.w0 & ~w0) | (other.w1 & ~w1) | (other.w2 & ~w2);
        missing |= (other.w3 & ~w3) | (other.w4 & ~w4) | (other.w5 & ~w5);
        return missing == 0;
    }

    /** The runs of consecutive half-hours, day by day; a run ends at midnight even if the next day goes on. */
    public List<TimeRange> ranges() {
        return WeekGridCodec.ranges(this, DayOfWeek.values());
    }

    /** The runs of consecutive half-hours on one day, in order. */
    public List<TimeRange> ranges(DayOfWeek day) {
        return WeekGridCodec.ranges(this, day);
    }

    /** The first set slot at or after {@code from}, or -1. */
    int nextSetSlot(int from) {
        if (from >= SLOTS) {
            return -1;
        }
        int index = from >>> 6;
        long bits = word(index) & (-1L << from);
        while (bits == 0) {
            if (++index == WORDS) {
                return -1;
            }
            bits = word(index);
        }
        return index * Long.SIZE + Long.numberOfTrailingZeros(bits);
    }

    /**
     * One run of half-hours within a day, from {@code from} up to {@code to}, where {@code to} is
     * {@link LocalTime#MIDNIGHT} for 24:00, the end of the day.
     */
    public record TimeRange(DayOfWeek day, LocalTime from, LocalTime to) {

        /**
         * Checks the times.
         *
         * @throws WeekGridFormatException if a time is not on :00 or :30, or {@code to} is not after {@code from}
         */
        public TimeRange {
            Objects.requireNonNull(day, "day");
            WeekGridCodec.checkOrder(WeekGridCodec.startHalfHour(from), WeekGridCodec.endHalfHour(to));
        }

        /** The grid slot (0–335) of the first half-hour. */
        public int fromSlot() {
            return index(day) * SLOTS_PER_DAY + WeekGridCodec.startHalfHour(from);
        }

        /** The grid slot just after the last half-hour (1–336). */
        public int toSlotExclusive() {
            return index(day) * SLOTS_PER_DAY + WeekGridCodec.endHalfHour(to);
        }

        /** The length in minutes. */
        public int minutes() {
            return (toSlotExclusive() - fromSlot()) * 30;
        }

        /** The times as people write them: {@code "08:00–12:00"}, with 24:00 for the end of the day. */
        public String toText() {
            return WeekGridCodec.rangeText(WeekGridCodec.startHalfHour(from), WeekGridCodec.endHalfHour(to));
        }
    }

    /**
     * The grid as text, such as {@code "man 08:00–12:00, ons 13:00–17:30"}: each range with its day, in day order,
     * joined by ", ". Day abbreviations are Danish when the locale's language is Danish and English otherwise. The
     * empty grid is "". {@link #parse(String)} reads it back.
     */
    public String format(Locale locale) {
        return WeekGridCodec.format(this, locale);
    }

    /** One day's times without the day, such as {@code "08:00–12:00, 13:00–16:00"}; see {@link #parseDay}. */
    public String formatDay(DayOfWeek day) {
        return WeekGridCodec.formatDay(this, day);
    }

    /**
     * Reads a grid written as {@link #format(Locale)} writes it, in Danish or English, and forgives what people
     * type: day abbreviations or full names in any case ({@code man}, {@code Mon}, {@code mandag}, {@code monday});
     * entries separated by commas, semicolons or line breaks; an entry without a day continues the day before it
     * ({@code "man 08-12, 13-16"}); a hyphen or dash between the times, with or without spaces; times such as
     * {@code 8}, {@code 8:00}, {@code 08.30} and {@code 24:00} for the end of the day. Touching ranges merge;
     * overlapping ones are refused. Blank text is the empty grid.
     *
     * @throws WeekGridFormatException naming what could not be read, with a message code for the user
     */
    public static WeekGrid parse(String text) {
        return WeekGridCodec.parse(text);
    }

    /**
     * Reads one day's times written as {@link #formatDay(DayOfWeek)} writes them, such as
     * {@code "08:00–12:00, 13-16"}, with the leniency of {@link #parse(String)}. Blank text is no time at all.
     *
     * @throws WeekGridFormatException naming what could not be read, with a message code for the user
     */
    public static WeekGrid parseDay(DayOfWeek day, String text) {
        return WeekGridCodec.parseDay(day, text);
    }

    /**
     * The grid as {@value #BYTES} bytes for a {@code bytea} column: slot {@code i} is bit {@code i % 8} of byte
     * {@code i / 8}, which is the six words in little-endian order with the last one cut to its two used bytes (the
     * layout of {@link java.util.BitSet#toByteArray()}).
     */
    public byte[] toBytes() {
        return WeekGridCodec.toBytes(this);
    }

    /**
     * The grid stored by {@link #toBytes()}.
     *
     * @throws IllegalArgumentException unless there are exactly {@value #BYTES} bytes
     */
    public static WeekGrid fromBytes(byte[] bytes) {
        return WeekGridCodec.fromBytes(bytes);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other
                || other instanceof WeekGrid grid
                        && w0 == grid.w0
                        && w1 == grid.w1
                        && w2 == grid.w2
                        && w3 == grid.w3
                        && w4 == grid.w4
                        && w5 == grid.w5;
    }

    @Override
    public int hashCode() {
        long hash = w0;
        hash = 31 * hash + w1;
        hash = 31 * hash + w2;
        hash = 31 * hash + w3;
        hash = 31 * hash + w4;
        hash = 31 * hash + w5;
        return Long.hashCode(hash);
    }

    /** The English text form, such as {@code "mon 08:00–12:00"}, or {@code "WeekGrid[empty]"}. */
    @Override
    public String toString() {
        return isEmpty() ? "WeekGrid[empty]" : format(Locale.ENGLISH);
    }

    static int index(DayOfWeek day) {
        return day.getValue() - 1;
    }

    static void setRange(long[] words, int from, int toExclusive) {
        for (int slot = from; slot < toExclusive; slot++) {
            words[slot >>> 6] |= 1L << slot;
        }
    }

    private static long[][] dayWords() {
        long[][] dayWords = new long[DAYS][WORDS];
        for (int day = 0; day < DAYS; day++) {
            setRange(dayWords[day], day * SLOTS_PER_DAY, (day + 1) * SLOTS_PER_DAY);
        }
        return dayWords;
    }
}
