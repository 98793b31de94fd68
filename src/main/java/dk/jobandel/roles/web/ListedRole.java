package dk.jobandel.roles.web;

import dk.jobandel.roles.SharedRoles;
import dk.jobandel.shared.ReferenceData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * One row of the consultants' role list as the page shows it, with its names and texts made once in Java (issue 12):
 * the page writes up to fifty rows, and a municipality's name, the hours' number format and the status's message
 * through the template's expressions cost most of its rendering.
 *
 * @param municipality the municipality's name
 * @param hours the weekly hours with one decimal in the page's language ("37,0" / "37.0")
 * @param statusClass the class of the status ("status-OPEN")
 * @param statusText the status as the page writes it
 */
record ListedRole(
        long id,
        String title,
        String organisationName,
        String municipality,
        int sharers,
        String hours,
        String statusClass,
        String statusText) {

    static List<ListedRole> of(
            List<SharedRoles.Listed> rows, ReferenceData reference, MessageSource messages, Locale locale) {
        NumberFormat hours = oneDecimal(locale);
        var listed = new ArrayList<ListedRole>(rows.size());
        for (SharedRoles.Listed row : rows) {
            listed.add(new ListedRole(
                    row.id(),
                    row.title(),
                    row.organisationName(),
                    reference.municipalityName(row.municipalityCode()),
                    row.sharers(),
                    hours.format(BigDecimal.valueOf(row.hours())),
                    "status-" + row.status().name(),
                    messages.getMessage("role.status." + row.status().name(), null, locale)));
        }
        return listed;
    }

    /** As the templates' {@code #figures.decimal(hours, 1)}: one decimal, rounded half up, thousands grouped. */
    static NumberFormat oneDecimal(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
