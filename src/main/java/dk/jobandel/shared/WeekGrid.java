package dk.jobandel.shared;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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

    private static final String EN_DASH = "\u2013";
    private static final List<String> DANISH_DAYS = List.of("man", "tir", "ons", "tor", "fre", "lør", "søn");
    private static final List<String> ENGLISH_DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    private static final List<String> DANISH_DAY_NAMES =
            List.of("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag");
    private static final Map<String, DayOfWeek> DAYS_BY_NAME = daysByName();

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

    private static WeekGrid of(long[] words) {
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
        long[] words = new long[WORDS];
        for (int slot : slots) {
            if (slot < 0 || slot >= SLOTS) {
                throw new IllegalArgumentException("Slot " + slot + " is outside 0–" + (SLOTS - 1));
            }
            words[slot >>> 6] |= 1L << slot;
        }
        return of(words);
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
        int fromHalfHour = startHalfHour(from);
        int toHalfHour = endHalfHour(to);
        checkOrder(fromHalfHour, toHalfHour);
        long[] words = new long[WORDS];
        for (DayOfWeek day : days) {
            int dayStart = index(day) * SLOTS_PER_DAY;
            setRange(words, dayStart + fromHalfHour, dayStart + toHalfHour);
        }
        return of(words);
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
        List<TimeRange> ranges = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            addRanges(day, ranges);
        }
        return List.copyOf(ranges);
    }

    /** The runs of consecutive half-hours on one day, in order. */
    public List<TimeRange> ranges(DayOfWeek day) {
        List<TimeRange> ranges = new ArrayList<>();
        addRanges(day, ranges);
        return List.copyOf(ranges);
    }

    private void addRanges(DayOfWeek day, List<TimeRange> ranges) {
        int dayStart = index(day) * SLOTS_PER_DAY;
        int dayEnd = dayStart + SLOTS_PER_DAY;
        int from = nextSetSlot(dayStart);
        while (from >= 0 && from < dayEnd) {
            int to = Math.min(nextClearSlot(from), dayEnd);
            ranges.add(new TimeRange(day, timeOf(from - dayStart), timeOf(to - dayStart)));
            from = nextSetSlot(to);
        }
    }

    /** The first set slot at or after {@code from}, or -1. */
    private int nextSetSlot(int from) {
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

    /** The first clear slot at or after {@code from}, or {@link #SLOTS}. */
    private int nextClearSlot(int from) {
        if (from >= SLOTS) {
            return SLOTS;
        }
        int index = from >>> 6;
        long bits = ~word(index) & (-1L << from);
        while (bits == 0) {
            if (++index == WORDS) {
                return SLOTS;
            }
            bits = ~word(index);
        }
        // the unused top of word 5 reads as clear
        return Math.min(index * Long.SIZE + Long.numberOfTrailingZeros(bits), SLOTS);
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
            checkOrder(startHalfHour(from), endHalfHour(to));
        }

        /** The grid slot (0–335) of the first half-hour. */
        public int fromSlot() {
            return index(day) * SLOTS_PER_DAY + startHalfHour(from);
        }

        /** The grid slot just after the last half-hour (1–336). */
        public int toSlotExclusive() {
            return index(day) * SLOTS_PER_DAY + endHalfHour(to);
        }

        /** The length in minutes. */
        public int minutes() {
            return (toSlotExclusive() - fromSlot()) * 30;
        }

        /** The times as people write them: {@code "08:00–12:00"}, with 24:00 for the end of the day. */
        public String toText() {
            return rangeText(startHalfHour(from), endHalfHour(to));
        }
    }

    /**
     * The grid as text, such as {@code "man 08:00–12:00, ons 13:00–17:30"}: each range with its day, in day order,
     * joined by ", ". Day abbreviations are Danish when the locale's language is Danish and English otherwise. The
     * empty grid is "". {@link #parse(String)} reads it back.
     */
    public String format(Locale locale) {
        List<String> dayNames = "da".equals(locale.getLanguage()) ? DANISH_DAYS : ENGLISH_DAYS;
        return ranges().stream()
                .map(range -> dayNames.get(index(range.day())) + " " + range.toText())
                .collect(Collectors.joining(", "));
    }

    /** One day's times without the day, such as {@code "08:00–12:00, 13:00–16:00"}; see {@link #parseDay}. */
    public String formatDay(DayOfWeek day) {
        return ranges(day).stream().map(TimeRange::toText).collect(Collectors.joining(", "));
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
        var parser = new Parser();
        DayOfWeek day = null;
        for (String entry : Parser.entries(text)) {
            String times = entry;
            Matcher dayPrefix = Parser.DAY_PREFIX.matcher(entry);
            if (dayPrefix.matches()) {
                day = Parser.day(dayPrefix.group(1));
                times = dayPrefix.group(2);
            } else if (day == null) {
                throw WeekGridFormatException.malformed(entry);
            }
            parser.add(day, entry, times);
        }
        return parser.grid();
    }

    /**
     * Reads one day's times written as {@link #formatDay(DayOfWeek)} writes them, such as
     * {@code "08:00–12:00, 13-16"}, with the leniency of {@link #parse(String)}. Blank text is no time at all.
     *
     * @throws WeekGridFormatException naming what could not be read, with a message code for the user
     */
    public static WeekGrid parseDay(DayOfWeek day, String text) {
        var parser = new Parser();
        for (String entry : Parser.entries(text)) {
            parser.add(day, entry, entry);
        }
        return parser.grid();
    }

    /** Reads text into a grid, refusing overlaps between the ranges as written. */
    private static final class Parser {

        static final Pattern SEPARATORS = Pattern.compile("[,;\\r\\n]+");
        static final Pattern DAY_PREFIX = Pattern.compile("(\\p{L}+)[.:]?\\s*(.*)");
        static final Pattern DASH = Pattern.compile("\\s*[-\u2013\u2014]\\s*");
        static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?");

        private final long[] words = new long[WORDS];
        private final List<Written> written = new ArrayList<>();

        /** A range as the person wrote it, before it merges with the ones it touches. */
        private record Written(DayOfWeek day, int fromHalfHour, int toHalfHour) {

            boolean overlaps(Written other) {
                return day == other.day && fromHalfHour < other.toHalfHour && other.fromHalfHour < toHalfHour;
            }

            String text() {
                return rangeText(fromHalfHour, toHalfHour);
            }
        }

        static List<String> entries(String text) {
            return SEPARATORS
                    .splitAsStream(text)
                    .map(String::strip)
                    .filter(entry -> !entry.isEmpty())
                    .toList();
        }

        static DayOfWeek day(String name) {
            DayOfWeek day = DAYS_BY_NAME.get(name.toLowerCase(Locale.ROOT));
            if (day == null) {
                throw WeekGridFormatException.unknownDay(name);
            }
            return day;
        }

        /** Adds the range {@code times} ("08:00–12:00") of {@code entry}, which may also name the day. */
        void add(DayOfWeek day, String entry, String times) {
            String[] ends = DASH.split(times, -1);
            if (ends.length != 2 || ends[0].isEmpty() || ends[1].isEmpty()) {
                throw WeekGridFormatException.malformed(entry);
            }
            var range = new Written(day, halfHour(ends[0]), halfHour(ends[1]));
            checkOrder(range.fromHalfHour(), range.toHalfHour());
            for (Written earlier : written) {
                if (range.overlaps(earlier)) {
                    throw WeekGridFormatException.overlap(earlier.text(), range.text());
                }
            }
            written.add(range);
            int dayStart = index(day) * SLOTS_PER_DAY;
            setRange(words, dayStart + range.fromHalfHour(), dayStart + range.toHalfHour());
        }

        /** The half-hour of the day (0–48) of a time as written. */
        static int halfHour(String time) {
            Matcher matcher = TIME.matcher(time);
            if (!matcher.matches()) {
                throw WeekGridFormatException.badTime(time);
            }
            int hour = Integer.parseInt(matcher.group(1));
            int minute = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
            if (hour > 24 || minute > 59 || (hour == 24 && minute != 0)) {
                throw WeekGridFormatException.badTime(time);
            }
            if (minute % 30 != 0) {
                throw WeekGridFormatException.notOnHalfHour(time);
            }
            return hour * 2 + minute / 30;
        }

        WeekGrid grid() {
            return of(words);
        }
    }

    /**
     * The grid as {@value #BYTES} bytes for a {@code bytea} column: slot {@code i} is bit {@code i % 8} of byte
     * {@code i / 8}, which is the six words in little-endian order with the last one cut to its two used bytes (the
     * layout of {@link java.util.BitSet#toByteArray()}).
     */
    public byte[] toBytes() {
        byte[] bytes = new byte[BYTES];
        for (int i = 0; i < BYTES; i++) {
            bytes[i] = (byte) (word(i / Long.BYTES) >>> (Byte.SIZE * (i % Long.BYTES)));
        }
        return bytes;
    }

    /**
     * The grid stored by {@link #toBytes()}.
     *
     * @throws IllegalArgumentException unless there are exactly {@value #BYTES} bytes
     */
    public static WeekGrid fromBytes(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("A week grid is stored in " + BYTES + " bytes, not " + bytes.length);
        }
        long[] words = new long[WORDS];
        for (int i = 0; i < BYTES; i++) {
            words[i / Long.BYTES] |= (bytes[i] & 0xFFL) << (Byte.SIZE * (i % Long.BYTES));
        }
        return of(words);
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

    private static int index(DayOfWeek day) {
        return day.getValue() - 1;
    }

    private static void setRange(long[] words, int from, int toExclusive) {
        for (int slot = from; slot < toExclusive; slot++) {
            words[slot >>> 6] |= 1L << slot;
        }
    }

    /** The half-hour of the day (0–47) at which a range may start. */
    private static int startHalfHour(LocalTime time) {
        if (time.getNano() != 0 || time.getSecond() != 0 || time.getMinute() % 30 != 0) {
            throw WeekGridFormatException.notOnHalfHour(time.toString());
        }
        return time.getHour() * 2 + time.getMinute() / 30;
    }

    /** The half-hour of the day (1–48) at which a range may end; midnight is 24:00. */
    private static int endHalfHour(LocalTime time) {
        return time.equals(LocalTime.MIDNIGHT) ? SLOTS_PER_DAY : startHalfHour(time);
    }

    private static void checkOrder(int fromHalfHour, int toHalfHour) {
        if (fromHalfHour >= toHalfHour) {
            throw WeekGridFormatException.endBeforeStart(timeText(fromHalfHour), timeText(toHalfHour));
        }
    }

    private static LocalTime timeOf(int halfHour) {
        return halfHour == SLOTS_PER_DAY ? LocalTime.MIDNIGHT : LocalTime.of(halfHour / 2, halfHour % 2 * 30);
    }

    /** "08:30", or "24:00" for half-hour 48. */
    private static String timeText(int halfHour) {
        int hour = halfHour / 2;
        return (hour < 10 ? "0" : "") + hour + (halfHour % 2 == 0 ? ":00" : ":30");
    }

    private static String rangeText(int fromHalfHour, int toHalfHour) {
        return timeText(fromHalfHour) + EN_DASH + timeText(toHalfHour);
    }

    private static long[][] dayWords() {
        long[][] dayWords = new long[DAYS][WORDS];
        for (int day = 0; day < DAYS; day++) {
            setRange(dayWords[day], day * SLOTS_PER_DAY, (day + 1) * SLOTS_PER_DAY);
        }
        return dayWords;
    }

    private static Map<String, DayOfWeek> daysByName() {
        Map<String, DayOfWeek> days = new HashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(DANISH_DAYS.get(index(day)), day);
            days.put(ENGLISH_DAYS.get(index(day)), day);
            days.put(DANISH_DAY_NAMES.get(index(day)), day);
            days.put(day.name().toLowerCase(Locale.ROOT), day);
        }
        return Map.copyOf(days);
    }
}
