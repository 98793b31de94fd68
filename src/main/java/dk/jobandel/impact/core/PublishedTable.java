package dk.jobandel.impact.core;

import java.util.List;

/** A breakdown after disclosure control: what pages, charts and CSV files show. */
public record PublishedTable(Dimension dimension, List<Row> rows, List<Shown> total) {

    public PublishedTable {
        rows = List.copyOf(rows);
        total = List.copyOf(total);
    }

    /** One group's shown values, one per {@link Measure}. */
    public record Row(String key, List<Shown> values) {

        public Row {
            values = List.copyOf(values);
        }

        public Shown value(Measure measure) {
            return values.get(measure.ordinal());
        }

        public boolean hidden() {
            return value(Measure.PEOPLE).hidden();
        }
    }

    public Shown total(Measure measure) {
        return total.get(measure.ordinal());
    }

    /** The largest shown value of a measure, for scaling a chart; at least 1. */
    public long max(Measure measure) {
        return Math.max(
                1, rows.stream().mapToLong(r -> r.value(measure).orZero()).max().orElse(1));
    }

    public boolean anyHidden() {
        return rows.stream().anyMatch(r -> r.values().stream().anyMatch(Shown::hidden));
    }
}
