package dk.jobandel.review;

import dk.jobandel.shared.WeekGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The hard rules a team's split of a role's week must keep, checked again when a consultant adjusts it:
 * every person has time in it, works only within the schedule and within their free time and their most
 * wanted hours, together they cover every half-hour of the schedule, and wherever a person comes in while
 * someone is at work, one of those already there stays for the wanted handover overlap. Plain functions,
 * no Spring.
 */
public final class SplitCheck {

    private SplitCheck() {}

    /** A team member as the rules need them. */
    public record Person(long id, String name, WeekGrid available, int desiredMaxHalfHours) {}

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
        }
        WeekGrid uncovered = schedule.minus(covered);
        if (!uncovered.isEmpty()) {
            problems.add(new Problem(-1, "review.split.uncovered", List.of(uncovered)));
        }
        handoverProblem(schedule, handoverHalfHours, slots).ifPresent(problems::add);
        return List.copyOf(problems);
    }

    /**
     * The first change of person without the wanted overlap: a person starts at slot {@code s} within a run of
     * the schedule while others worked {@code s - 1}, and none of those stays for {@code handover} half-hours.
     */
    private static java.util.Optional<Problem> handoverProblem(WeekGrid schedule, int handover, List<WeekGrid> slots) {
        if (handover == 0) {
            return java.util.Optional.empty();
        }
        for (int s = 1; s < WeekGrid.SLOTS; s++) {
            if (!schedule.contains(s) || !schedule.contains(s - 1)) {
                continue;
            }
            final int start = s;
            boolean someoneArrives = slots.stream().anyMatch(g -> g.contains(start) && !g.contains(start - 1));
            if (!someoneArrives) {
                continue;
            }
            boolean someoneStays = slots.stream()
                    .filter(g -> g.contains(start - 1))
                    .anyMatch(g -> IntStream.range(start, Math.min(WeekGrid.SLOTS, start + handover))
                            .allMatch(g::contains));
            boolean anyoneThere = slots.stream().anyMatch(g -> g.contains(start - 1));
            if (anyoneThere && !someoneStays) {
                return java.util.Optional.of(
                        new Problem(-1, "review.split.handover", List.of(WeekGrid.ofSlots(start), handover * 30)));
            }
        }
        return java.util.Optional.empty();
    }
}
