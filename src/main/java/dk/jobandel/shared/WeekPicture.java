package dk.jobandel.shared;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/**
 * A week grid as a picture of whole hours, for pages: each cell is {@code on} (both half hours),
 * {@code half} (one of them) or empty. Shows only the hours in use and one hour either side; an empty week shows
 * 08:00–16:00, so the picture still reads as a week.
 */
public record WeekPicture(List<Row> rows) {

    private static final int EMPTY_FIRST_HOUR = 8;
    private static final int EMPTY_LAST_HOUR = 16;

    public record Row(String hour, List<String> cells) {}

    public static WeekPicture of(WeekGrid grid) {
        int first = 24;
        int last = 0;
        for (int hour = 0; hour < 24; hour++) {
            for (DayOfWeek day : DayOfWeek.values()) {
                if (!state(grid, day, hour).isEmpty()) {
                    first = Math.min(first, hour);
                    last = Math.max(last, hour + 1);
                }
            }
        }
        if (first > last) {
            first = EMPTY_FIRST_HOUR;
            last = EMPTY_LAST_HOUR;
        } else {
            first = Math.max(0, first - 1);
            last = Math.min(24, last + 1);
        }
        List<Row> rows = new ArrayList<>();
        for (int hour = first; hour < last; hour++) {
            List<String> cells = new ArrayList<>(7);
            for (DayOfWeek day : DayOfWeek.values()) {
                cells.add(state(grid, day, hour));
            }
            rows.add(new Row("%02d:00".formatted(hour), List.copyOf(cells)));
        }
        return new WeekPicture(List.copyOf(rows));
    }

    private static String state(WeekGrid grid, DayOfWeek day, int hour) {
        int slot = (day.getValue() - 1) * WeekGrid.SLOTS_PER_DAY + hour * 2;
        boolean first = grid.contains(slot);
        boolean second = grid.contains(slot + 1);
        return first && second ? "on" : first || second ? "half" : "";
    }
}
