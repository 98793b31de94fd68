package dk.jobandel.members.web;

import dk.jobandel.members.MemberDashboards;
import dk.jobandel.shared.ReferenceData;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of the consultants' organisation tables (the organisation list and the dashboard's awaiting verification)
 * as the page shows it, with the municipality's name and the registration date made once in Java (issue 12) instead
 * of a method call and a date format per row in the template.
 *
 * @param municipality the municipality's name
 * @param registeredOn the registration date as the page writes it ("01-01-2026")
 */
record ListedOrganisation(long id, String name, String cvr, String municipality, String registeredOn) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    static List<ListedOrganisation> of(List<MemberDashboards.AwaitingVerification> rows, ReferenceData reference) {
        var listed = new ArrayList<ListedOrganisation>(rows.size());
        for (MemberDashboards.AwaitingVerification row : rows) {
            listed.add(new ListedOrganisation(
                    row.id(),
                    row.name(),
                    row.cvr(),
                    reference.municipalityName(row.municipalityCode()),
                    DAY.format(row.registeredOn())));
        }
        return listed;
    }
}
