package dk.jobandel.shared;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/**
 * A week grid as a picture of whole hours, for pages: each cell is {@code on} (both half hours),
 * {@code half} (one of them) or empty. Shows 06:00–22:00, widened to any hour that has time in it.
 */
public record WeekPicture(List<Row> rows) {

    private static final int FIRST_HOUR = 6;
    private static final int LAST_HOUR = 22;

    public record Row(String hour, List<String> cells) {}

    public static WeekPicture of(WeekGrid grid) {
        int first = FIRST_HOUR;
        int last = LAST_HOUR;
        for (int hour = 0; hour < 24; hour++) {
            for (DayOfWeek day : DayOfWeek.values()) {
                if (!state(grid, day, hour).isEmpty()) {
                    first = Math.min(first, hour);
                    last = Math.max(last, hour + 1);
                }
            }
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
