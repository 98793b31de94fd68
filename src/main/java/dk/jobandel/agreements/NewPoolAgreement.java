package dk.jobandel.agreements;

import dk.jobandel.shared.WeekGrid;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A pool agreement to make: one worker employed by the pool's host, whose week is made of parts, each a member's need
 * (its window of the week, reserved for the worker, and the half-hours a week worked in it, which the member pays
 * for). The terms are read from the pool.
 *
 * @param proposalId the portfolio proposal it came from, if any
 * @param endDate the last working day, or {@code null} for until further notice
 * @param actorId the member whose action makes the agreement (for the audit trail), or {@code null} for the system
 */
public record NewPoolAgreement(
        long poolId,
        @Nullable Long proposalId,
        LocalDate startDate,
        @Nullable LocalDate endDate,
        long freelancerId,
        List<Part> parts,
        @Nullable Long actorId) {

    /**
     * One member's part of the worker's week.
     *
     * @param organisationId the member that posted the need and pays for the part
     * @param title the need's title, as agreed
     * @param slots the need's window of the week, reserved (booked) for the worker; not empty
     * @param halfHours half-hours a week worked within the window: at least 1, at most the window's half-hours
     */
    public record Part(long needId, long organisationId, String title, WeekGrid slots, int halfHours) {

        public Part {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(slots, "slots");
            if (slots.isEmpty()) {
                throw new IllegalArgumentException("Need " + needId + " has no time in the agreement");
            }
            if (halfHours < 1 || halfHours > slots.slotCount()) {
                throw new IllegalArgumentException("Need " + needId + ": " + halfHours
                        + " half-hours a week do not fit its window of " + slots.slotCount());
            }
        }

        /** Hours a week worked in the part. */
        public double hours() {
            return halfHours / 2.0;
        }
    }

    /**
     * Checks the shape.
     *
     * @throws IllegalArgumentException without parts, with a need twice, with parts whose windows overlap, or with
     *     the end before the start
     */
    public NewPoolAgreement {
        Objects.requireNonNull(startDate, "startDate");
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("A pool agreement needs at least one part");
        }
        if (parts.stream().map(Part::needId).distinct().count() != parts.size()) {
            throw new IllegalArgumentException("A need appears twice in one pool agreement");
        }
        for (int i = 0; i < parts.size(); i++) {
            for (int j = i + 1; j < parts.size(); j++) {
                if (parts.get(i).slots().overlaps(parts.get(j).slots())) {
                    throw new IllegalArgumentException("The windows of needs "
                            + parts.get(i).needId() + " and " + parts.get(j).needId() + " overlap");
                }
            }
        }
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException(
                    "The agreement ends (" + endDate + ") before it starts (" + startDate + ")");
        }
    }

    /** The worker's whole reserved week: every part's window. */
    public WeekGrid slots() {
        WeekGrid all = WeekGrid.EMPTY;
        for (Part part : parts) {
            all = all.union(part.slots());
        }
        return all;
    }
}
