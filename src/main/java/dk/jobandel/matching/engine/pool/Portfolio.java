package dk.jobandel.matching.engine.pool;

import java.util.List;
import java.util.SortedMap;

/**
 * One worker's set of needs, with its explanation as data.
 *
 * @param workerId the worker
 * @param needIds the needs, ascending
 * @param halfHours half-hours a week in all
 * @param halfHoursByMember half-hours a week per member organisation, by member id
 * @param moves the changes of place within a day, in week order, with the travel set aside for each
 * @param score the score, criterion by criterion
 */
public record Portfolio(
        long workerId,
        List<Long> needIds,
        int halfHours,
        SortedMap<Long, Integer> halfHoursByMember,
        List<Move> moves,
        PortfolioScore score) {

    public Portfolio {
        needIds = List.copyOf(needIds);
        halfHoursByMember = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(halfHoursByMember));
        moves = List.copyOf(moves);
    }

    /**
     * A change of place between two needs on the same day.
     *
     * @param fromNeedId the need worked before
     * @param toNeedId the need worked after
     * @param fromSlot the half-hour after the first need's stretch ends (0–335)
     * @param toSlot the half-hour the next need's stretch starts
     * @param km the distance between the two places (a remote need's place is home)
     * @param travelHalfHours the travel time set aside, rounded up to half-hours; never more than
     *     {@code toSlot - fromSlot}
     */
    public record Move(long fromNeedId, long toNeedId, int fromSlot, int toSlot, double km, int travelHalfHours) {}
}
