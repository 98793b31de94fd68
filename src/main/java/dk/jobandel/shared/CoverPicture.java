package dk.jobandel.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Who covers which half-hour of a week, as a table for pages: a role's week and the people sharing it, or a pool
 * worker's week and the members whose needs fill it. Each cell is a member's colour
 * ({@code m0}–{@code m5}), {@code overlap} where two work together (a handover), {@code gap} where the
 * schedule needs someone and nobody is there, or empty outside the schedule. Rows are half-hours from the
 * first to the last hour anyone is needed or planned. The table is a picture only: the explanation's
 * sentences say the same in words.
 */
public record CoverPicture(List<Row> rows) {

    public record Row(String time, boolean fullHour, List<String> cells) {}

    /** The member colours the style sheet has ({@code m0}–{@code m5}); beyond them colours repeat. */
    public static final int COLOURS = 6;

    public static CoverPicture of(WeekGrid schedule, List<WeekGrid> members) {
        WeekGrid all = schedule;
        for (WeekGrid member : members) {
            all = all.union(member);
        }
        int first = WeekGrid.SLOTS_PER_DAY;
        int last = 0;
        for (int slot = 0; slot < WeekGrid.SLOTS; slot++) {
            if (all.contains(slot)) {
                int ofDay = slot % WeekGrid.SLOTS_PER_DAY;
                first = Math.min(first, ofDay);
                last = Math.max(last, ofDay + 1);
            }
        }
        first -= first % 2; // whole hours
        last += last % 2;
        List<Row> rows = new ArrayList<>();
        for (int ofDay = first; ofDay < last; ofDay++) {
            List<String> cells = new ArrayList<>(WeekGrid.DAYS);
            for (int day = 0; day < WeekGrid.DAYS; day++) {
                cells.add(cell(day * WeekGrid.SLOTS_PER_DAY + ofDay, schedule, members));
            }
            rows.add(new Row("%02d:%02d".formatted(ofDay / 2, ofDay % 2 * 30), ofDay % 2 == 0, List.copyOf(cells)));
        }
        return new CoverPicture(List.copyOf(rows));
    }

    private static String cell(int slot, WeekGrid schedule, List<WeekGrid> members) {
        int count = 0;
        int who = -1;
        for (int m = 0; m < members.size(); m++) {
            if (members.get(m).contains(slot)) {
                count++;
                who = m;
            }
        }
        if (count > 1) {
            return "overlap";
        }
        if (count == 1) {
            return "m" + who % COLOURS;
        }
        return schedule.contains(slot) ? "gap" : "";
    }
}
