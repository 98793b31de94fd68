package dk.jobandel.agreements.web;

import dk.jobandel.agreements.Agreement;
import dk.jobandel.shared.WeekGrid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pool worker's week coloured by member, in the style of the matching pages' cover picture: each cell is the colour
 * class of the member whose part holds that half-hour ({@code m0}–{@code m5}, in the order of {@link #members}; a
 * seventh member reuses the first colour, which the legend's words and the parts list make plain), or empty. Rows are
 * half-hours from the first to the last whole hour with time in it. The picture is only a picture: the page says the
 * same in words.
 */
record PartsPicture(List<Row> rows, List<Member> members) {

    static final int COLOURS = 6;

    record Row(String time, boolean fullHour, List<String> cells) {}

    /** A member in the legend: its colour class, name and hours a week in all its parts. */
    record Member(long organisationId, String name, String colour, double hours) {}

    static PartsPicture of(Agreement.PoolShares pool) {
        Map<Long, Integer> index = new LinkedHashMap<>();
        Map<Long, Member> members = new LinkedHashMap<>();
        WeekGrid all = WeekGrid.EMPTY;
        for (Agreement.Part part : pool.parts()) {
            int i = index.computeIfAbsent(part.organisationId(), id -> index.size());
            members.merge(
                    part.organisationId(),
                    new Member(part.organisationId(), part.organisationName(), "m" + i % COLOURS, part.hours()),
                    (a, b) -> new Member(a.organisationId(), a.name(), a.colour(), a.hours() + b.hours()));
            all = all.union(part.slots());
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
                int slot = day * WeekGrid.SLOTS_PER_DAY + ofDay;
                String cell = "";
                for (Agreement.Part part : pool.parts()) {
                    if (part.slots().contains(slot)) {
                        cell = "m" + index.get(part.organisationId()) % COLOURS;
                        break;
                    }
                }
                cells.add(cell);
            }
            rows.add(new Row("%02d:%02d".formatted(ofDay / 2, ofDay % 2 * 30), ofDay % 2 == 0, List.copyOf(cells)));
        }
        return new PartsPicture(List.copyOf(rows), List.copyOf(members.values()));
    }
}
