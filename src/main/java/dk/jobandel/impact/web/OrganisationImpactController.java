package dk.jobandel.impact.web;

import dk.jobandel.impact.ImpactFigures;
import dk.jobandel.impact.ImpactFigures.Report;
import dk.jobandel.impact.core.Dimension;
import dk.jobandel.impact.core.Period;
import dk.jobandel.platform.SignedInMember;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A cooperative's own figures: the placements its organisation has a share in, for a period. The organisation is the
 * signed-in member's own; nothing in the request can name another.
 */
@Controller
@RequestMapping("/organisation/impact")
class OrganisationImpactController {

    private static final String BASE = "/organisation/impact";

    private final ImpactFigures figures;
    private final ImpactQueries queries;
    private final ImpactView view;
    private final ImpactCsv csv;

    OrganisationImpactController(ImpactFigures figures, ImpactQueries queries, ImpactView view, ImpactCsv csv) {
        this.figures = figures;
        this.queries = queries;
        this.view = view;
        this.csv = csv;
    }

    @GetMapping
    String page(
            @AuthenticationPrincipal SignedInMember me,
            @ModelAttribute("form") ImpactQueryForm form,
            BindingResult result,
            Model model,
            Locale locale) {
        Period period = queries.period(form, figures.defaultPeriod(), result);
        // an outsider reads not found even with a wrong period
        Report report = figures.forOwnOrganisation(period == null ? figures.defaultPeriod() : period, me);
        if (period != null) {
            ImpactPages.addReport(model, report, view, locale, BASE, ImpactPages.query(form, false));
        }
        model.addAttribute(
                "organisationName",
                report.organisationNames().get(report.filter().organisationId()));
        return "impact/organisation";
    }

    @GetMapping("/figures.csv")
    ResponseEntity<String> figuresCsv(
            @AuthenticationPrincipal SignedInMember me, @ModelAttribute ImpactQueryForm form, Locale locale) {
        Report report = reportOrNull(me, form);
        return report == null
                ? ResponseEntity.badRequest().build()
                : ImpactPages.csv(ImpactPages.filename("figures", report), csv.figures(report, locale));
    }

    @GetMapping("/{table}.csv")
    ResponseEntity<String> tableCsv(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable String table,
            @ModelAttribute ImpactQueryForm form,
            Locale locale) {
        Report report = reportOrNull(me, form);
        if (report == null) {
            return ResponseEntity.badRequest().build();
        }
        Dimension d = ImpactPages.dimension(table, report);
        if (d == null) {
            return ResponseEntity.notFound().build();
        }
        return ImpactPages.csv(ImpactPages.filename(table, report), csv.table(report, d, locale));
    }

    private @Nullable Report reportOrNull(SignedInMember me, ImpactQueryForm form) {
        Period period = queries.period(form, figures.defaultPeriod(), new BeanPropertyBindingResult(form, "form"));
        return period == null ? null : figures.forOwnOrganisation(period, me);
    }
}
