package dk.jobandel.impact.web;

import dk.jobandel.impact.ImpactFigures.Report;
import dk.jobandel.impact.core.Dimension;
import dk.jobandel.impact.core.Kind;
import dk.jobandel.impact.core.PublishedFigures;
import dk.jobandel.impact.core.Shown;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/** What the three impact pages share: the figures as lines, the model of a report, and CSV responses. */
final class ImpactPages {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private ImpactPages() {}

    /**
     * One figure of the period.
     *
     * @param unit {@code people}, {@code agreements}, {@code jobs}, {@code hours}, {@code kr} or {@code days}
     * @param shownToPublic whether the public page shows it
     */
    record FigureLine(String key, Shown value, String unit, boolean shownToPublic) {}

    static List<FigureLine> figureLines(PublishedFigures f) {
        return List.of(
                new FigureLine("peopleMatched", f.peopleMatched(), "people", false),
                new FigureLine("agreementsMade", f.agreementsMade(), "agreements", true),
                new FigureLine("peopleStarted", f.peopleStarted(), "people", true),
                new FigureLine("peopleSecure", f.peopleSecure(), "people", true),
                new FigureLine("peopleAwaiting", f.peopleAwaiting(), "people", true),
                new FigureLine("eligibleAt6Months", f.eligibleAt6Months(), "people", true),
                new FigureLine("stillAt6Months", f.stillAt6Months(), "people", true),
                new FigureLine("eligibleAt12Months", f.eligibleAt12Months(), "people", true),
                new FigureLine("stillAt12Months", f.stillAt12Months(), "people", true),
                new FigureLine("agreementsEndedEarly", f.agreementsEndedEarly(), "agreements", true),
                new FigureLine("peopleEndedEarly", f.peopleEndedEarly(), "people", true),
                new FigureLine("hoursMovedPerWeek", f.hoursMovedPerWeek(), "hours", true),
                new FigureLine("pensionKr", f.pensionKr(), "kr", true),
                new FigureLine("holidayPayKr", f.holidayPayKr(), "kr", true),
                new FigureLine("holidayDays", f.holidayDays(), "days", true),
                new FigureLine("akasseHours", f.akasseHours(), "hours", true),
                new FigureLine("inclusiveJobs", f.inclusiveJobs(), "jobs", true),
                new FigureLine("firstAgreements", f.firstAgreements(), "people", false),
                new FigureLine("medianDaysToFirstAgreement", f.medianDaysToFirstAgreement(), "days", false));
    }

    /** The report, its lines and tables for a page; {@code csvBase} is where the page's CSV files are. */
    static void addReport(Model model, Report report, ImpactView view, Locale locale, String csvBase, String query) {
        model.addAttribute("report", report);
        model.addAttribute("lines", figureLines(report.figures()));
        model.addAttribute("tables", view.tables(report, locale, csvBase, query));
        model.addAttribute("figuresCsv", csvBase + "/figures.csv" + query);
    }

    /** The query string that repeats the period (and filters) for the CSV links. */
    static String query(ImpactQueryForm form, boolean withFilters) {
        var builder = UriComponentsBuilder.newInstance()
                .queryParam("from", form.getFrom())
                .queryParam("to", form.getTo());
        if (withFilters) {
            if (!form.getMunicipality().isEmpty()) {
                builder.queryParam("municipality", form.getMunicipality());
            }
            if (!form.getOrganisation().isEmpty()) {
                builder.queryParam("organisation", form.getOrganisation());
            }
            if (!form.getKind().isEmpty()) {
                builder.queryParam("kind", form.getKind());
            }
        }
        return builder.build().encode().toUriString();
    }

    static ResponseEntity<String> csv(String filename, String body) {
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }

    static String filename(String what, Report report) {
        return "jobandel-impact-" + what + "-" + report.period().from() + "-"
                + report.period().to() + ".csv";
    }

    /** A breakdown named in an address, or {@code null} for an unknown one or one not for this audience. */
    static @org.jspecify.annotations.Nullable Dimension dimension(String slug, Report report) {
        try {
            Dimension d = ImpactView.dimension(slug);
            return report.has(d) ? d : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static List<Kind> kinds() {
        return List.of(Kind.values());
    }
}
