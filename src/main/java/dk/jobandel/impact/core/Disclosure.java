package dk.jobandel.impact.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Disclosure control: no figure ever describes fewer than {@value #MIN_GROUP} people.
 *
 * <ul>
 *   <li><b>Small cells.</b> A count of 1–4 people is hidden; in a breakdown, a group of 1–4 people is hidden whole.
 *   <li><b>Complementary suppression.</b> In every column of a breakdown, if a hidden cell could be worked out from the
 *       total and the cells shown (by subtraction, also using that a part of a row is at most the row's people),
 *       more cells are hidden, smallest first, until no hidden cell has only one possible value and the hidden cells
 *       together describe at least 5 people. Only if no cell is left to hide is the total hidden.
 *   <li><b>Rounding.</b> Every count shown is rounded to the nearest {@value #ROUND_TO}, and amounts to coarse units.
 *       Two totals that differ by one person (two periods, two filters) therefore differ by 0 or 5 when shown, never
 *       by the one person: the difference attack gives nothing exact.
 * </ul>
 */
public final class Disclosure {

    public static final int MIN_GROUP = 5;
    public static final int ROUND_TO = 5;

    private Disclosure() {}

    /** A count of people: hidden below 5, otherwise rounded to the nearest 5 (zero stays zero). */
    public static Shown count(long people) {
        if (people == 0) {
            return Shown.of(0);
        }
        return people < MIN_GROUP ? Shown.HIDDEN : Shown.of(round(people, ROUND_TO));
    }

    /** An amount that describes {@code basis} people: hidden unless they are at least 5, then rounded to {@code unit}. */
    public static Shown amount(BigDecimal amount, long basis, long unit) {
        if (basis == 0) {
            return Shown.of(0);
        }
        if (basis < MIN_GROUP) {
            return Shown.HIDDEN;
        }
        long units =
                amount.divide(BigDecimal.valueOf(unit), 0, RoundingMode.HALF_UP).longValueExact();
        return Shown.of(units * unit);
    }

    static long round(long value, long base) {
        return Math.floorDiv(value + base / 2, base) * base;
    }

    public static PublishedFigures protect(Figures f) {
        long started = f.peopleStarted();
        return new PublishedFigures(
                f.matchesKnown() ? count(f.peopleMatched()) : Shown.HIDDEN,
                // agreements are shown only when the people in them are at least 5
                started < MIN_GROUP && started > 0 ? Shown.HIDDEN : count(f.agreementsMade()),
                count(started),
                count(f.peopleSecure()),
                count(f.peopleAwaiting()),
                count(f.eligibleAt6Months()),
                count(f.stillAt6Months()),
                count(f.eligibleAt12Months()),
                count(f.stillAt12Months()),
                f.peopleEndedEarly() < MIN_GROUP && f.peopleEndedEarly() > 0
                        ? Shown.HIDDEN
                        : count(f.agreementsEndedEarly()),
                count(f.peopleEndedEarly()),
                amount(BigDecimal.valueOf(f.halfHoursMovedPerWeek()).divide(BigDecimal.TWO), started, 10),
                amount(f.pensionKr(), f.rightsBasis(), 1000),
                amount(f.holidayPayKr(), f.rightsBasis(), 1000),
                amount(f.holidayDays(), f.rightsBasis(), 10),
                amount(f.akasseHours(), f.rightsBasis(), 100),
                count(f.inclusiveJobs()),
                count(f.firstAgreements()),
                f.medianDaysToFirstAgreement() == null
                        ? Shown.of(0)
                        : amount(BigDecimal.valueOf(f.medianDaysToFirstAgreement()), f.firstAgreements(), 1));
    }

    /** A breakdown with small groups hidden, complementary cells hidden, and the rest rounded. */
    public static PublishedTable protect(Table table) {
        int rows = table.rows().size();
        int measures = Measure.values().length;
        long[][] v = new long[rows][];
        for (int r = 0; r < rows; r++) {
            v[r] = table.rows().get(r).values();
        }
        boolean[][] hidden = new boolean[rows][measures];
        boolean[] totalHidden = new boolean[measures];
        int people = Measure.PEOPLE.ordinal();

        // small groups: the whole row
        for (int r = 0; r < rows; r++) {
            if (v[r][people] > 0 && v[r][people] < MIN_GROUP) {
                hideRow(hidden, r);
            }
        }
        complement(v, hidden, totalHidden, table.total(), Measure.PEOPLE, true);
        // small counts inside groups that are shown
        for (Measure m : Measure.values()) {
            if (m == Measure.PEOPLE || !m.countsPeople()) {
                continue;
            }
            int c = m.ordinal();
            for (int r = 0; r < rows; r++) {
                if (v[r][c] > 0 && v[r][c] < MIN_GROUP) {
                    hidden[r][c] = true;
                }
            }
            complement(v, hidden, totalHidden, table.total(), m, false);
        }
        long totalPeople = table.total(Measure.PEOPLE);
        List<PublishedTable.Row> shown = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<Shown> values = new ArrayList<>();
            for (Measure m : Measure.values()) {
                values.add(hidden[r][m.ordinal()] ? Shown.HIDDEN : show(m, v[r][m.ordinal()], v[r][people]));
            }
            shown.add(new PublishedTable.Row(table.rows().get(r).key(), values));
        }
        List<Shown> total = new ArrayList<>();
        for (Measure m : Measure.values()) {
            long value = table.total(m);
            boolean small =
                    m.countsPeople() ? value > 0 && value < MIN_GROUP : totalPeople > 0 && totalPeople < MIN_GROUP;
            total.add(totalHidden[m.ordinal()] || small ? Shown.HIDDEN : show(m, value, totalPeople));
        }
        return new PublishedTable(table.dimension(), shown, total);
    }

    private static Shown show(Measure m, long value, long people) {
        if (m.countsPeople()) {
            return count(value);
        }
        // half-hours a week, shown in hours to the nearest 10
        return amount(BigDecimal.valueOf(value).divide(BigDecimal.TWO), people, 10);
    }

    private static void hideRow(boolean[][] hidden, int r) {
        for (int c = 0; c < hidden[r].length; c++) {
            hidden[r][c] = true;
        }
    }

    /**
     * Hides more cells of the column until what is hidden cannot be worked out from the total and the cells shown.
     * Candidates are cells in rows with people in them, smallest value first (zero cells last), so the loss is small.
     */
    private static void complement(
            long[][] v, boolean[][] hidden, boolean[] totalHidden, long[] total, Measure m, boolean wholeRows) {
        int c = m.ordinal();
        while (derivable(v, hidden, c, total[c]) && !totalHidden[c]) {
            int best = -1;
            for (int r = 0; r < v.length; r++) {
                if (hidden[r][c] || v[r][Measure.PEOPLE.ordinal()] == 0) {
                    continue;
                }
                if (best < 0 || rank(v[r][c]) < rank(v[best][c])) {
                    best = r;
                }
            }
            if (best < 0) {
                totalHidden[c] = true;
                if (wholeRows) {
                    java.util.Arrays.fill(totalHidden, true);
                }
                return;
            }
            if (wholeRows) {
                hideRow(hidden, best);
            } else {
                hidden[best][c] = true;
            }
        }
    }

    /** Positive values first, smallest first; zeros last (hiding a zero protects little). */
    private static long rank(long value) {
        return value == 0 ? Long.MAX_VALUE : value;
    }

    /**
     * Whether an attacker who sees the column's total and shown cells could pin a hidden cell to one value, or learn
     * that the hidden cells together describe fewer than 5 people. Bounds: a cell is at least 0 and at most the
     * row's people when those are shown (at most the secure people for those still in work at 6 months).
     */
    static boolean derivable(long[][] v, boolean[][] hidden, int c, long total) {
        long shownSum = 0;
        List<Integer> cells = new ArrayList<>();
        for (int r = 0; r < v.length; r++) {
            if (hidden[r][c]) {
                cells.add(r);
            } else {
                shownSum += v[r][c];
            }
        }
        if (cells.isEmpty()) {
            return false;
        }
        long rest = total - shownSum;
        if (cells.size() < 2 || rest < MIN_GROUP) {
            return true;
        }
        for (int r : cells) {
            long others = 0;
            for (int o : cells) {
                if (o != r) {
                    others = saturatedAdd(others, upperBound(v, hidden, o, c, rest));
                }
            }
            long low = Math.max(0, rest - others);
            long high = Math.min(upperBound(v, hidden, r, c, rest), rest);
            if (low >= high) {
                return true;
            }
        }
        return false;
    }

    static long upperBound(long[][] v, boolean[][] hidden, int r, int c, long rest) {
        int people = Measure.PEOPLE.ordinal();
        if (c == Measure.STILL_AT_6_MONTHS.ordinal() && !hidden[r][Measure.SECURE.ordinal()]) {
            return v[r][Measure.SECURE.ordinal()];
        }
        if (c != people && !hidden[r][people]) {
            return v[r][people];
        }
        return rest;
    }

    private static long saturatedAdd(long a, long b) {
        long s = a + b;
        return s < 0 ? Long.MAX_VALUE : s;
    }
}
