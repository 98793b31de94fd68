package dk.jobandel.procurement.web;

import dk.jobandel.procurement.ClauseLibrary;
import dk.jobandel.procurement.TemplateText;
import dk.jobandel.procurement.core.ClauseKind;
import dk.jobandel.procurement.core.LegalBasis;
import dk.jobandel.procurement.core.TargetUnit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** A consultant's revision of a clause template. */
class TemplateForm {

    private static final Set<Integer> FREQUENCIES = Set.of(1, 3, 6, 12);

    private long version;

    @NotNull
    private @Nullable ClauseKind kind;

    @NotNull
    private @Nullable LegalBasis basis;

    @NotBlank
    @Size(max = 200)
    private String titleDa = "";

    @NotBlank
    @Size(max = 1000)
    private String summaryEn = "";

    @NotBlank
    @Size(max = 8000)
    private String textDa = "";

    @NotBlank
    @Size(max = 4000)
    private String conditionsDa = "";

    @NotNull
    private @Nullable TargetUnit unit;

    @NotBlank
    @Size(max = 4000)
    private String evidenceDa = "";

    @NotNull
    private @Nullable Integer followUpMonths;

    @NotBlank
    @Size(max = 4000)
    private String shortfallDa = "";

    static TemplateForm of(ClauseLibrary.Template template) {
        TemplateText t = template.current().text();
        var form = new TemplateForm();
        form.version = template.version();
        form.kind = t.kind();
        form.basis = t.basis();
        form.titleDa = t.titleDa();
        form.summaryEn = t.summaryEn();
        form.textDa = t.textDa();
        form.conditionsDa = t.conditionsDa();
        form.unit = t.unit();
        form.evidenceDa = t.evidenceDa();
        form.followUpMonths = t.followUpMonths();
        form.shortfallDa = t.shortfallDa();
        return form;
    }

    void checkFrequency(Errors errors) {
        if (followUpMonths != null && !FREQUENCIES.contains(followUpMonths)) {
            errors.rejectValue("followUpMonths", "procurement.template.frequency");
        }
    }

    TemplateText toText() {
        if (kind == null || basis == null || unit == null || followUpMonths == null) {
            throw new IllegalStateException("Validate the form before using it");
        }
        return new TemplateText(
                kind, basis, titleDa, summaryEn, textDa, conditionsDa, unit, evidenceDa, followUpMonths, shortfallDa);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public @Nullable ClauseKind getKind() {
        return kind;
    }

    public void setKind(@Nullable ClauseKind kind) {
        this.kind = kind;
    }

    public @Nullable LegalBasis getBasis() {
        return basis;
    }

    public void setBasis(@Nullable LegalBasis basis) {
        this.basis = basis;
    }

    public String getTitleDa() {
        return titleDa;
    }

    public void setTitleDa(String titleDa) {
        this.titleDa = titleDa;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public void setSummaryEn(String summaryEn) {
        this.summaryEn = summaryEn;
    }

    public String getTextDa() {
        return textDa;
    }

    public void setTextDa(String textDa) {
        this.textDa = textDa;
    }

    public String getConditionsDa() {
        return conditionsDa;
    }

    public void setConditionsDa(String conditionsDa) {
        this.conditionsDa = conditionsDa;
    }

    public @Nullable TargetUnit getUnit() {
        return unit;
    }

    public void setUnit(@Nullable TargetUnit unit) {
        this.unit = unit;
    }

    public String getEvidenceDa() {
        return evidenceDa;
    }

    public void setEvidenceDa(String evidenceDa) {
        this.evidenceDa = evidenceDa;
    }

    public @Nullable Integer getFollowUpMonths() {
        return followUpMonths;
    }

    public void setFollowUpMonths(@Nullable Integer followUpMonths) {
        this.followUpMonths = followUpMonths;
    }

    public String getShortfallDa() {
        return shortfallDa;
    }

    public void setShortfallDa(String shortfallDa) {
        this.shortfallDa = shortfallDa;
    }
}
