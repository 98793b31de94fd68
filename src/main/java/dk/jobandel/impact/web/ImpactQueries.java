package dk.jobandel.impact.web;

import dk.jobandel.impact.core.Filter;
import dk.jobandel.impact.core.Kind;
import dk.jobandel.impact.core.Period;
import dk.jobandel.shared.ReferenceData;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** Turns a page's period and filters into the core's {@link Period} and {@link Filter}, with errors by field. */
@Component
class ImpactQueries {

    /** At most ten years in one period. */
    static final int MAX_MONTHS = 120;

    private final ReferenceData referenceData;

    ImpactQueries(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    /** The period, or {@code null} with errors next to the fields; blank fields take the default period's months. */
    @Nullable
    Period period(ImpactQueryForm form, Period fallback, Errors errors) {
        YearMonth from = form.getFrom().isEmpty() ? fallback.from() : month(form.getFrom());
        YearMonth to = form.getTo().isEmpty() ? fallback.to() : month(form.getTo());
        if (from == null) {
            errors.rejectValue("from", "impact.month.invalid");
        }
        if (to == null) {
            errors.rejectValue("to", "impact.month.invalid");
        }
        if (from == null || to == null) {
            return null;
        }
        if (to.isBefore(from)) {
            errors.rejectValue("to", "impact.period.backwards");
            return null;
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
            errors.rejectValue("to", "impact.period.tooLong");
            return null;
        }
        if (form.getFrom().isEmpty()) {
            form.setFrom(from.toString());
        }
        if (form.getTo().isEmpty()) {
            form.setTo(to.toString());
        }
        return new Period(from, to);
    }

    /** The consultants' filters, or {@code null} with errors next to the fields. */
    @Nullable
    Filter filter(ImpactQueryForm form, Errors errors) {
        Short municipality = null;
        if (!form.getMunicipality().isEmpty()) {
            try {
                short code = Short.parseShort(form.getMunicipality());
                if (referenceData.municipality(code).isPresent()) {
                    municipality = code;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            if (municipality == null) {
                errors.rejectValue("municipality", "impact.municipality.invalid");
            }
        }
        Long organisation = null;
        if (!form.getOrganisation().isEmpty()) {
            try {
                organisation = Long.parseLong(form.getOrganisation());
            } catch (NumberFormatException e) {
                errors.rejectValue("organisation", "impact.organisation.invalid");
            }
        }
        Kind kind = null;
        if (!form.getKind().isEmpty()) {
            try {
                kind = Kind.valueOf(form.getKind());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("kind", "impact.kind.invalid");
            }
        }
        if (errors.hasFieldErrors("municipality")
                || errors.hasFieldErrors("organisation")
                || errors.hasFieldErrors("kind")) {
            return null;
        }
        return new Filter(municipality, null, organisation, kind);
    }

    /** {@code 2026-11}, between the years 2000 and 2100; anything else is {@code null}. */
    static @Nullable YearMonth month(String text) {
        try {
            YearMonth month = YearMonth.parse(text.strip());
            return month.getYear() < 2000 || month.getYear() > 2100 ? null : month;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
