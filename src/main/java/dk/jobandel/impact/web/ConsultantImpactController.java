package dk.jobandel.impact.web;

import dk.jobandel.impact.CourseFeedbackFigures;
import dk.jobandel.impact.ImpactFigures;
import dk.jobandel.impact.ImpactFigures.Report;
import dk.jobandel.impact.SavedReports;
import dk.jobandel.impact.core.Dimension;
import dk.jobandel.impact.core.Filter;
import dk.jobandel.impact.core.Period;
import dk.jobandel.platform.SignedInMember;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The consultants' impact page: every figure and breakdown for a period, filtered by municipality, organisation and
 * kind, with charts, CSV files of every table and the ESF participant report; and saved report definitions.
 */
@Controller
@RequestMapping("/consultant/impact")
class ConsultantImpactController {

    private static final String BASE = "/consultant/impact";

    private final ImpactFigures figures;
    private final SavedReports savedReports;
    private final ImpactQueries queries;
    private final ImpactView view;
    private final ImpactCsv csv;
    private final MessageSource messages;
    private final CourseFeedbackFigures feedback;

    ConsultantImpactController(
            ImpactFigures figures,
            SavedReports savedReports,
            ImpactQueries queries,
            ImpactView view,
            ImpactCsv csv,
            MessageSource messages,
            CourseFeedbackFigures feedback) {
        this.feedback = feedback;
        this.figures = figures;
        this.savedReports = savedReports;
        this.queries = queries;
        this.view = view;
        this.csv = csv;
        this.messages = messages;
    }

    /** The name of a report definition to save. */
    public static class SaveForm {

        @NotBlank(message = "{impact.report.name.required}")
        @Size(max = 120, message = "{impact.report.name.tooLong}")
        private String name = "";

        public String getName() {
            return name;
        }

        public void setName(@Nullable String name) {
            this.name = name == null ? "" : name.strip();
        }
    }

    @GetMapping
    String page(
            @AuthenticationPrincipal SignedInMember me,
            @ModelAttribute("form") ImpactQueryForm form,
            BindingResult result,
            @RequestParam(name = "report", required = false) @Nullable String reportId,
            Model model,
            Locale locale) {
        if (reportId != null && !reportId.isBlank()) {
            var saved = savedReports.byId(parseId(reportId), me);
            fill(form, saved.period(), saved.filter());
            model.addAttribute("savedReport", saved);
        }
        return render(me, form, result, new SaveForm(), model, locale);
    }

    @PostMapping("/reports")
    String save(
            @AuthenticationPrincipal SignedInMember me,
            @ModelAttribute("form") ImpactQueryForm form,
            BindingResult result,
            @Valid @ModelAttribute("saveForm") SaveForm saveForm,
            BindingResult saveResult,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Period period = queries.period(form, figures.defaultPeriod(), result);
        Filter filter = queries.filter(form, result);
        if (period == null || filter == null || saveResult.hasErrors()) {
            return render(me, form, result, saveForm, model, locale);
        }
        long id = savedReports.save(saveForm.getName(), period, filter, me);
        redirect.addFlashAttribute("flash", "impact.report.saved");
        return "redirect:" + BASE + "?report=" + id;
    }

    @PostMapping("/reports/{id}/duplicate")
    String duplicate(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            Locale locale,
            RedirectAttributes redirect) {
        var original = savedReports.byId(id, me);
        String name = messages.getMessage("impact.report.copyOf", new Object[] {original.name()}, locale);
        long copy = savedReports.duplicate(id, name.length() > 120 ? name.substring(0, 120) : name, me);
        redirect.addFlashAttribute("flash", "impact.report.duplicated");
        return "redirect:" + BASE + "?report=" + copy;
    }

    @PostMapping("/reports/{id}/delete")
    String delete(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @RequestParam(defaultValue = "-1") long version,
            RedirectAttributes redirect) {
        savedReports.delete(id, version, me);
        redirect.addFlashAttribute("flash", "impact.report.deleted");
        return "redirect:" + BASE;
    }

    @GetMapping("/figures.csv")
    ResponseEntity<String> figuresCsv(
            @AuthenticationPrincipal SignedInMember me, @ModelAttribute ImpactQueryForm form, Locale locale) {
        Report report = reportOrNull(me, form);
        return report == null
                ? ResponseEntity.badRequest().build()
                : ImpactPages.csv(ImpactPages.filename("figures", report), csv.figures(report, locale));
    }

    @GetMapping("/esf.csv")
    ResponseEntity<String> esfCsv(
            @AuthenticationPrincipal SignedInMember me, @ModelAttribute ImpactQueryForm form, Locale locale) {
        Report report = reportOrNull(me, form);
        return report == null
                ? ResponseEntity.badRequest().build()
                : ImpactPages.csv(ImpactPages.filename("esf", report), csv.esf(report, locale));
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
        BindingResult errors = new BeanPropertyBindingResult(form, "form");
        Period period = queries.period(form, figures.defaultPeriod(), errors);
        Filter filter = queries.filter(form, errors);
        return period == null || filter == null ? null : figures.forConsultant(period, filter, me);
    }

    private String render(
            SignedInMember me,
            ImpactQueryForm form,
            BindingResult result,
            SaveForm saveForm,
            Model model,
            Locale locale) {
        Period period = queries.period(form, figures.defaultPeriod(), result);
        Filter filter = queries.filter(form, result);
        // the organisations to choose from: every one with figures, whatever the filter
        Report all = figures.forConsultant(period == null ? figures.defaultPeriod() : period, Filter.NONE, me);
        Map<String, Long> organisations = new TreeMap<>();
        all.organisationNames().forEach((id, name) -> organisations.put(name, id));
        model.addAttribute("organisations", organisations);
        model.addAttribute("municipalities", view.municipalities());
        model.addAttribute("kinds", ImpactPages.kinds());
        model.addAttribute("savedReports", savedReports.all(me));
        model.addAttribute("saveForm", saveForm);
        String query = ImpactPages.query(form, true);
        model.addAttribute("query", query);
        if (period != null && filter != null) {
            Report report = filter.equals(Filter.NONE) ? all : figures.forConsultant(period, filter, me);
            ImpactPages.addReport(model, report, view, locale, BASE, query);
            model.addAttribute("esfCsv", BASE + "/esf.csv" + query);
            model.addAttribute("feedback", feedback.forPeriod(period));
        }
        return "impact/consultant";
    }

    private static void fill(ImpactQueryForm form, Period period, Filter filter) {
        form.setFrom(period.from().toString());
        form.setTo(period.to().toString());
        form.setMunicipality(
                filter.municipalityCode() == null
                        ? ""
                        : filter.municipalityCode().toString());
        form.setOrganisation(
                filter.organisationId() == null ? "" : filter.organisationId().toString());
        form.setKind(filter.kind() == null ? "" : filter.kind().name());
    }

    private static long parseId(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new SavedReports.ReportNotFound();
        }
    }
}
