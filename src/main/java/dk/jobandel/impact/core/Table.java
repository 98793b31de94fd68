package dk.jobandel.impact.core;

import java.util.Arrays;
import java.util.List;

/**
 * A breakdown as counted, before disclosure control: one row per group, one value per {@link Measure} (in the
 * enum's order), and the total. Every person is in exactly one row, so the rows add up to the total.
 */
public record Table(Dimension dimension, List<Row> rows, long[] total) {

    public Table {
        rows = List.copyOf(rows);
        total = total.clone();
    }

    /** One group. */
    public record Row(String key, long[] values) {

        public Row {
            values = values.clone();
        }

        public long value(Measure measure) {
            return values[measure.ordinal()];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Row r && r.key.equals(key) && Arrays.equals(r.values, values);
        }

        @Override
        public int hashCode() {
            return key.hashCode() * 31 + Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return key + Arrays.toString(values);
        }
    }

    public long total(Measure measure) {
        return total[measure.ordinal()];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Table t && t.dimension == dimension && t.rows.equals(rows) && Arrays.equals(t.total, total);
    }

    @Override
    public int hashCode() {
        return rows.hashCode() * 31 + Arrays.hashCode(total);
    }

    @Override
    public String toString() {
        return dimension + " " + rows + " total " + Arrays.toString(total);
    }
}
