package dk.jobandel.matching.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A team's handovers grouped for reading: one line per pair of people and time of day, with the weekdays it
 * happens on, as in "Victor → Maja man–fre 10:30–11:00" instead of five separate handovers (issue 20).
 */
public final class HandoverPatterns {

    /** Half-hours in a day, as in {@code WeekGrid}. */
    static final int SLOTS_PER_DAY = 48;

    private HandoverPatterns() {}

    /**
     * The same handover on one or more days.
     *
     * @param fromFreelancerId the outgoing person
     * @param toFreelancerId the incoming person
     * @param startSlotOfDay the half-hour of the day where the overlap (or the change, without overlap) starts
     * @param overlapSlots the overlap's length in half-hours, 0 when the change is without overlap
     * @param days the days of the week it happens on, 0 = Monday, in ascending order
     */
    public record Pattern(
            long fromFreelancerId, long toFreelancerId, int startSlotOfDay, int overlapSlots, List<Integer> days) {

        public Pattern {
            days = List.copyOf(days);
        }

        /** The start as minutes after midnight. */
        public int startMinute() {
            return startSlotOfDay * 30;
        }

        /** The end of the overlap as minutes after midnight (may pass 24:00 for a night shift). */
        public int endMinute() {
            return (startSlotOfDay + overlapSlots) * 30;
        }
    }

    /** Groups handovers (in the order of the week) by pair, time of day and overlap; patterns keep the first one's order. */
    public static List<Pattern> of(List<Handover> handovers) {
        record Key(long from, long to, int start, int length) {}
        Map<Key, List<Integer>> days = new LinkedHashMap<>();
        for (Handover handover : handovers) {
            int length = Math.max(0, handover.toSlotExclusive() - handover.fromSlot());
            Key key = new Key(
                    handover.fromFreelancerId(),
                    handover.toFreelancerId(),
                    handover.fromSlot() % SLOTS_PER_DAY,
                    length);
            List<Integer> list = days.computeIfAbsent(key, k -> new ArrayList<>());
            int day = handover.fromSlot() / SLOTS_PER_DAY;
            if (!list.contains(day)) {
                list.add(day);
            }
        }
        List<Pattern> patterns = new ArrayList<>();
        days.forEach((key, list) -> {
            List<Integer> sorted = list.stream().sorted().toList();
            patterns.add(new Pattern(key.from(), key.to(), key.start(), key.length(), sorted));
        });
        return patterns;
    }

    /**
     * Days in words: runs of three or more days as a range ("man–fre"), others one by one ("man, ons, fre").
     *
     * @param days days of the week, 0 = Monday, ascending
     * @param names the seven short day names, Monday first
     */
    public static String days(List<Integer> days, List<String> names) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < days.size()) {
            int j = i;
            while (j + 1 < days.size() && days.get(j + 1) == days.get(j) + 1) {
                j++;
            }
            if (j - i >= 2) {
                parts.add(names.get(days.get(i)) + "–" + names.get(days.get(j)));
            } else {
                for (int k = i; k <= j; k++) {
                    parts.add(names.get(days.get(k)));
                }
            }
            i = j + 1;
        }
        return String.join(", ", parts);
    }

    /** Minutes after midnight as "HH:mm" (24:00 and later wrap to the next day's clock). */
    public static String clock(int minutes) {
        int m = Math.floorMod(minutes, 24 * 60);
        return "%02d:%02d".formatted(m / 60, m % 60);
    }
}
