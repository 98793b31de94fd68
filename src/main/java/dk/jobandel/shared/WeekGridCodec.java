package dk.jobandel.shared;

import dk.jobandel.shared.WeekGrid.TimeRange;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The outside forms of a {@link WeekGrid}: its runs of half-hours as people read them, the text form
 * {@code "man 08:00–12:00, ons 13:00–17:30"} with the lenient parser behind {@link WeekGrid#parse(String)}, times of
 * day and slot numbers in, and the bytes of its database column. Kept apart from the grid's bit operations, which the
 * matching engine uses in its inner loops; nothing here is on that path.
 */
final class WeekGridCodec {

    private static final String EN_DASH = "\u2013";
    private static final List<String> DANISH_DAYS = List.of("man", "tir", "ons", "tor", "fre", "lør", "søn");
    private static final List<String> ENGLISH_DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    private static final List<String> DANISH_DAY_NAMES =
            List.of("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag");
    private static final Map<String, DayOfWeek> DAYS_BY_NAME = daysByName();

    private WeekGridCodec() {}

    /** See {@link WeekGrid#ranges()}: the runs of the given days, day by day. */
    static List<TimeRange> ranges(WeekGrid grid, DayOfWeek... days) {
        List<TimeRange> ranges = new ArrayList<>();
        for (DayOfWeek day : days) {
            addRanges(grid, day, ranges);
        }
        return List.copyOf(ranges);
    }

    /** See {@link WeekGrid#daily(Set, LocalTime, LocalTime)}. */
    static WeekGrid daily(Set<DayOfWeek> days, LocalTime from, LocalTime to) {
        int fromHalfHour = startHalfHour(from);
        int toHalfHour = endHalfHour(to);
        checkOrder(fromHalfHour, toHalfHour);
        long[] words = new long[WeekGrid.WORDS];
        for (DayOfWeek day : days) {
            int dayStart = WeekGrid.index(day) * WeekGrid.SLOTS_PER_DAY;
            WeekGrid.setRange(words, dayStart + fromHalfHour, dayStart + toHalfHour);
        }
        return WeekGrid.of(words);
    }

    /** See {@link WeekGrid#ofSlots(int...)}. */
    static WeekGrid ofSlots(int... slots) {
        long[] words = new long[WeekGrid.WORDS];
        for (int slot : slots) {
            if (slot < 0 || slot >= WeekGrid.SLOTS) {
                throw new IllegalArgumentException("Slot " + slot + " is outside 0–" + (WeekGrid.SLOTS - 1));
            }
            words[slot >>> 6] |= 1L << slot;
        }
        return WeekGrid.of(words);
    }

    /** See {@link WeekGrid#toBytes()}. */
    static byte[] toBytes(WeekGrid grid) {
        byte[] bytes = new byte[WeekGrid.BYTES];
        for (int i = 0; i < WeekGrid.BYTES; i++) {
            bytes[i] = (byte) (grid.word(i / Long.BYTES) >>> (Byte.SIZE * (i % Long.BYTES)));
        }
        return bytes;
    }

    /** See {@link WeekGrid#fromBytes(byte[])}. */
    static WeekGrid fromBytes(byte[] bytes) {
        if (bytes.length != WeekGrid.BYTES) {
            throw new IllegalArgumentException(
                    "A week grid is stored in " + WeekGrid.BYTES + " bytes, not " + bytes.length);
        }
        long[] words = new long[WeekGrid.WORDS];
        for (int i = 0; i < WeekGrid.BYTES; i++) {
            words[i / Long.BYTES] |= (bytes[i] & 0xFFL) << (Byte.SIZE * (i % Long.BYTES));
        }
        return WeekGrid.of(words);
    }

    /** Adds the runs of consecutive half-hours of {@code day} in {@code grid}, in order. */
    static void addRanges(WeekGrid grid, DayOfWeek day, List<TimeRange> ranges) {
        int dayStart = WeekGrid.index(day) * WeekGrid.SLOTS_PER_DAY;
        int dayEnd = dayStart + WeekGrid.SLOTS_PER_DAY;
        int from = grid.nextSetSlot(dayStart);
        while (from >= 0 && from < dayEnd) {
            int to = Math.min(nextClearSlot(grid, from), dayEnd);
            ranges.add(new TimeRange(day, timeOf(from - dayStart), timeOf(to - dayStart)));
            from = grid.nextSetSlot(to);
        }
    }

    /** The first clear slot at or after {@code from}, or {@link WeekGrid#SLOTS}. */
    private static int nextClearSlot(WeekGrid grid, int from) {
        if (from >= WeekGrid.SLOTS) {
            return WeekGrid.SLOTS;
        }
        int index = from >>> 6;
        long bits = ~grid.word(index) & (-1L << from);
        while (bits == 0) {
            if (++index == WeekGrid.WORDS) {
                return WeekGrid.SLOTS;
            }
            bits = ~grid.word(index);
        }
        // the unused top of word 5 reads as clear
        return Math.min(index * Long.SIZE + Long.numberOfTrailingZeros(bits), WeekGrid.SLOTS);
    }

    /** See {@link WeekGrid#format(Locale)}. */
    static String format(WeekGrid grid, Locale locale) {
        List<String> dayNames = "da".equals(locale.getLanguage()) ? DANISH_DAYS : ENGLISH_DAYS;
        return grid.ranges().stream()
                .map(range -> dayNames.get(WeekGrid.index(range.day())) + " " + range.toText())
                .collect(Collectors.joining(", "));
    }

    /** See {@link WeekGrid#formatDay(DayOfWeek)}. */
    static String formatDay(WeekGrid grid, DayOfWeek day) {
        return grid.ranges(day).stream().map(TimeRange::toText).collect(Collectors.joining(", "));
    }

    /** See {@link WeekGrid#parse(String)}. */
    static WeekGrid parse(String text) {
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

    /** See {@link WeekGrid#parseDay(DayOfWeek, String)}. */
    static WeekGrid parseDay(DayOfWeek day, String text) {
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

        private final long[] words = new long[WeekGrid.WORDS];
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
            int dayStart = WeekGrid.index(day) * WeekGrid.SLOTS_PER_DAY;
            WeekGrid.setRange(words, dayStart + range.fromHalfHour(), dayStart + range.toHalfHour());
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
            return WeekGrid.of(words);
        }
    }

    /** The half-hour of the day (0–47) at which a range may start. */
    static int startHalfHour(LocalTime time) {
        if (time.getNano() != 0 || time.getSecond() != 0 || time.getMinute() % 30 != 0) {
            throw WeekGridFormatException.notOnHalfHour(time.toString());
        }
        return time.getHour() * 2 + time.getMinute() / 30;
    }

    /** The half-hour of the day (1–48) at which a range may end; midnight is 24:00. */
    static int endHalfHour(LocalTime time) {
        return time.equals(LocalTime.MIDNIGHT) ? WeekGrid.SLOTS_PER_DAY : startHalfHour(time);
    }

    static void checkOrder(int fromHalfHour, int toHalfHour) {
        if (fromHalfHour >= toHalfHour) {
            throw WeekGridFormatException.endBeforeStart(timeText(fromHalfHour), timeText(toHalfHour));
        }
    }

    private static LocalTime timeOf(int halfHour) {
        return halfHour == WeekGrid.SLOTS_PER_DAY ? LocalTime.MIDNIGHT : LocalTime.of(halfHour / 2, halfHour % 2 * 30);
    }

    /** "08:30", or "24:00" for half-hour 48. */
    private static String timeText(int halfHour) {
        int hour = halfHour / 2;
        return (hour < 10 ? "0" : "") + hour + (halfHour % 2 == 0 ? ":00" : ":30");
    }

    static String rangeText(int fromHalfHour, int toHalfHour) {
        return timeText(fromHalfHour) + EN_DASH + timeText(toHalfHour);
    }

    private static Map<String, DayOfWeek> daysByName() {
        Map<String, DayOfWeek> days = new HashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(DANISH_DAYS.get(WeekGrid.index(day)), day);
            days.put(ENGLISH_DAYS.get(WeekGrid.index(day)), day);
            days.put(DANISH_DAY_NAMES.get(WeekGrid.index(day)), day);
            days.put(day.name().toLowerCase(Locale.ROOT), day);
        }
        return Map.copyOf(days);
    }
}
