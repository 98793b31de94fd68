package dk.jobandel.impact.core;

import org.jspecify.annotations.Nullable;

/**
 * A figure as it may be shown: rounded, or hidden. A hidden figure carries no value at all, so nothing downstream (a
 * page, a CSV file, a chart) can leak it by mistake.
 */
public record Shown(@Nullable Long value) {

    public static final Shown HIDDEN = new Shown(null);

    public static Shown of(long value) {
        return new Shown(value);
    }

    public boolean hidden() {
        return value == null;
    }

    /** The value, or 0 when hidden (for a chart's bar, which is not drawn for a hidden figure). */
    public long orZero() {
        return value == null ? 0 : value;
    }
}
