package dk.jobandel.procurement.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** One period's actual for one target, with its evidence. */
class ReportForm {

    @NotNull
    private @Nullable Long clauseId;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate periodStart;

    @NotNull
    @DecimalMin("0")
    @DecimalMax("9999999999")
    @Digits(integer = 10, fraction = 2)
    private @Nullable BigDecimal actual;

    @NotBlank
    @Size(max = 4000)
    private String evidence = "";

    public @Nullable Long getClauseId() {
        return clauseId;
    }

    public void setClauseId(@Nullable Long clauseId) {
        this.clauseId = clauseId;
    }

    public @Nullable LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(@Nullable LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public @Nullable BigDecimal getActual() {
        return actual;
    }

    public void setActual(@Nullable BigDecimal actual) {
        this.actual = actual;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }
}
