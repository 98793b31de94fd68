package dk.jobandel.agreements.web;

import dk.jobandel.agreements.Agreement;
import dk.jobandel.shared.CoverPicture;
import dk.jobandel.shared.WeekGrid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pool worker's week coloured by member ({@link CoverPicture}, members in the order of their first part), with the
 * legend: each member's colour class, name and hours a week in all its parts. The picture is only a picture: the page
 * says the same in words.
 */
record PartsPicture(List<CoverPicture.Row> rows, List<Member> members) {

    /** A member in the legend: its colour class, name and hours a week in all its parts. */
    record Member(long organisationId, String name, String colour, double hours) {}

    static PartsPicture of(Agreement.PoolShares pool) {
        Map<Long, Member> members = new LinkedHashMap<>();
        // colours by organisation id, as on the portfolio the agreement was made from: a member has one colour
        Map<Long, WeekGrid> windows = new java.util.TreeMap<>();
        List<Long> byId = pool.parts().stream()
                .map(Agreement.Part::organisationId)
                .distinct()
                .sorted()
                .toList();
        WeekGrid all = WeekGrid.EMPTY;
        for (Agreement.Part part : pool.parts()) {
            String colour = "m" + byId.indexOf(part.organisationId()) % CoverPicture.COLOURS;
            members.merge(
                    part.organisationId(),
                    new Member(part.organisationId(), part.organisationName(), colour, part.hours()),
                    (a, b) -> new Member(a.organisationId(), a.name(), a.colour(), a.hours() + b.hours()));
            windows.merge(part.organisationId(), part.slots(), WeekGrid::union);
            all = all.union(part.slots());
        }
        return new PartsPicture(
                CoverPicture.of(all, List.copyOf(windows.values())).rows(), List.copyOf(members.values()));
    }
}
