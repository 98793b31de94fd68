package dk.jobandel.review;

import dk.jobandel.matching.SplitShape;
import dk.jobandel.shared.WeekGrid;
import java.util.ArrayList;
import java.util.List;

/**
 * The hard rules a team's split of a role's week must keep, checked again when a consultant adjusts it,
 * the same rules the matching engine splits by (issue 19): every person has time in it, works only within
 * the schedule and within their free time and their wished hours (at least the fewest, at most the most),
 * together they cover every half-hour of the schedule, and each run of the schedule is one person at a time
 * with exactly the wanted overlap at each change, at most three people in turn ({@link SplitShape}). Plain
 * functions, no Spring.
 */
public final class SplitCheck {

    private SplitCheck() {}

    /** A team member as the rules need them. */
    public record Person(long id, String name, WeekGrid available, int desiredMinHalfHours, int desiredMaxHalfHours) {}

    /**
     * One broken rule, for the field of member {@code member} (or the whole split when -1), with a message key
     * and its arguments. Times are WeekGrids, formatted by the page in the reader's language.
     */
    public record Problem(int member, String messageKey, List<Object> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }
    }

    /** Every broken rule; empty when the split may be offered. */
    public static List<Problem> check(
            WeekGrid schedule, int handoverHalfHours, List<Person> people, List<WeekGrid> slots) {
        if (people.size() != slots.size()) {
            throw new IllegalArgumentException("One set of slots per person: " + people.size() + " ≠ " + slots.size());
        }
        List<Problem> problems = new ArrayList<>();
        WeekGrid covered = WeekGrid.EMPTY;
        for (int m = 0; m < people.size(); m++) {
            Person person = people.get(m);
            WeekGrid mine = slots.get(m);
            covered = covered.union(mine);
            if (mine.isEmpty()) {
                problems.add(new Problem(m, "review.split.empty", List.of(person.name())));
                continue;
            }
            WeekGrid outside = mine.minus(schedule);
            if (!outside.isEmpty()) {
                problems.add(new Problem(m, "review.split.outside", List.of(person.name(), outside)));
            }
            WeekGrid busy = mine.minus(person.available());
            if (!busy.isEmpty()) {
                problems.add(new Problem(m, "review.split.unavailable", List.of(person.name(), busy)));
            }
            if (mine.slotCount() > person.desiredMaxHalfHours()) {
                problems.add(new Problem(
                        m,
                        "review.split.tooMany",
                        List.of(person.name(), mine.slotCount() / 2.0, person.desiredMaxHalfHours() / 2.0)));
            }
            if (mine.slotCount() < person.desiredMinHalfHours()) {
                problems.add(new Problem(
                        m,
                        "review.split.tooFew",
                        List.of(person.name(), mine.slotCount() / 2.0, person.desiredMinHalfHours() / 2.0)));
            }
        }
        WeekGrid uncovered = schedule.minus(covered);
        if (!uncovered.isEmpty()) {
            problems.add(new Problem(-1, "review.split.uncovered", List.of(uncovered)));
        }
        if (uncovered.isEmpty()) { // a gap is named above; the shape of the stints is checked on a covered week
            handoverProblem(schedule, handoverHalfHours, slots).ifPresent(problems::add);
        }
        return List.copyOf(problems);
    }

    /** The first half-hour where the stints of a run break the engine's rule for the shape of a split. */
    private static java.util.Optional<Problem> handoverProblem(WeekGrid schedule, int handover, List<WeekGrid> slots) {
        int slot = SplitShape.firstViolation(schedule, handover, slots);
        if (slot < 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(
                new Problem(-1, "review.split.shape", List.of(WeekGrid.ofSlots(slot), handover * 30)));
    }
}
