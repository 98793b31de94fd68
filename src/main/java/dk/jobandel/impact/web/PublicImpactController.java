package dk.jobandel.impact.web;

import dk.jobandel.impact.CourseFeedbackFigures;
import dk.jobandel.impact.ImpactFigures;
import dk.jobandel.impact.ImpactFigures.Report;
import dk.jobandel.impact.core.Dimension;
import dk.jobandel.impact.core.Period;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The public page with the national totals, by month, kind and region; no login needed. */
@Controller
@RequestMapping("/impact")
class PublicImpactController {

    private static final String BASE = "/impact";

    private final ImpactFigures figures;
    private final ImpactQueries queries;
    private final ImpactView view;
    private final ImpactCsv csv;
    private final CourseFeedbackFigures feedback;

    PublicImpactController(
            ImpactFigures figures,
            ImpactQueries queries,
            ImpactView view,
            ImpactCsv csv,
            CourseFeedbackFigures feedback) {
        this.feedback = feedback;
        this.figures = figures;
        this.queries = queries;
        this.view = view;
        this.csv = csv;
    }

    @GetMapping
    String page(@ModelAttribute("form") ImpactQueryForm form, BindingResult result, Model model, Locale locale) {
        Period period = queries.period(form, figures.defaultPeriod(), result);
        if (period != null) {
            ImpactPages.addReport(model, figures.national(period), view, locale, BASE, ImpactPages.query(form, false));
            model.addAttribute("feedback", feedback.forPeriod(period));
        }
        return "impact/public";
    }

    @GetMapping("/figures.csv")
    ResponseEntity<String> figuresCsv(@ModelAttribute ImpactQueryForm form, Locale locale) {
        Report report = reportOrNull(form);
        return report == null
                ? ResponseEntity.badRequest().build()
                : ImpactPages.csv(ImpactPages.filename("figures", report), csv.figures(report, locale));
    }

    @GetMapping("/{table}.csv")
    ResponseEntity<String> tableCsv(@PathVariable String table, @ModelAttribute ImpactQueryForm form, Locale locale) {
        Report report = reportOrNull(form);
        if (report == null) {
            return ResponseEntity.badRequest().build();
        }
        Dimension d = ImpactPages.dimension(table, report);
        if (d == null) {
            return ResponseEntity.notFound().build();
        }
        return ImpactPages.csv(ImpactPages.filename(table, report), csv.table(report, d, locale));
    }

    private @Nullable Report reportOrNull(ImpactQueryForm form) {
        Period period = queries.period(form, figures.defaultPeriod(), new BeanPropertyBindingResult(form, "form"));
        return period == null ? null : figures.national(period);
    }
}
