package dk.jobandel.procurement.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The winner's commitment to one target. */
class CommitForm {

    @NotNull
    private @Nullable Long clauseId;

    @NotNull
    @DecimalMin("0")
    @DecimalMax("9999999999")
    @Digits(integer = 10, fraction = 2)
    private @Nullable BigDecimal value;

    public @Nullable Long getClauseId() {
        return clauseId;
    }

    public void setClauseId(@Nullable Long clauseId) {
        this.clauseId = clauseId;
    }

    public @Nullable BigDecimal getValue() {
        return value;
    }

    public void setValue(@Nullable BigDecimal value) {
        this.value = value;
    }
}
