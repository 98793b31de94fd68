package dk.jobandel.freelancers.web;

import dk.jobandel.freelancers.FreelancerList;
import dk.jobandel.shared.ReferenceData;
import dk.jobandel.shared.Skill;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * One row of the consultants' freelancer list as the page shows it, with its names and texts made once in Java (issue
 * 12): the page writes up to fifty rows, and resolving a municipality's and three skills' names, two hour figures and
 * a percentage through the template's expressions cost most of its rendering. The hours (1 to 48) and the percentage
 * (0 to 100) are whole numbers below a thousand, written alike in both languages.
 *
 * @param municipality the municipality's name, or {@code null} when not given
 * @param hours the wished weekly hours ("15–37"), or {@code null} when not given
 * @param skills the names of the person's main skills, highest level first
 * @param completeness the profile's completeness as the page writes it ("75 %")
 * @param complete whether every part of the profile is filled in
 */
record ListedFreelancer(
        long id,
        String name,
        String email,
        @Nullable String municipality,
        @Nullable String hours,
        List<String> skills,
        String completeness,
        boolean complete) {

    static List<ListedFreelancer> of(
            List<FreelancerList.Row> rows, ReferenceData reference, MessageSource messages, Locale locale) {
        var listed = new ArrayList<ListedFreelancer>(rows.size());
        for (FreelancerList.Row row : rows) {
            String hours = row.hoursMin() == null || row.hoursMax() == null
                    ? null
                    : messages.getMessage(
                            "tables.freelancers.hoursRange",
                            new Object[] {Integer.toString(row.hoursMin()), Integer.toString(row.hoursMax())},
                            locale);
            List<String> skills = row.mainSkills().stream()
                    .flatMap(id -> reference.skill(id).stream())
                    .map((Skill skill) -> skill.name(locale))
                    .toList();
            listed.add(new ListedFreelancer(
                    row.accountId(),
                    row.displayName(),
                    row.email(),
                    row.municipalityCode() == null ? null : reference.municipalityName(row.municipalityCode()),
                    hours,
                    skills,
                    messages.getMessage(
                            "tables.freelancers.percent",
                            new Object[] {Integer.toString(row.completenessPercent())},
                            locale),
                    row.completenessPercent() == 100));
        }
        return listed;
    }
}
