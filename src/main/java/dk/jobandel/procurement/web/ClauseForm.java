package dk.jobandel.procurement.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A clause chosen from the library, with its target (empty for a clause with nothing to count). */
class ClauseForm {

    @NotNull
    private @Nullable Long templateId;

    @DecimalMin("0")
    @DecimalMax("9999999999")
    @Digits(integer = 10, fraction = 2)
    private @Nullable BigDecimal target;

    public @Nullable Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(@Nullable Long templateId) {
        this.templateId = templateId;
    }

    public @Nullable BigDecimal getTarget() {
        return target;
    }

    public void setTarget(@Nullable BigDecimal target) {
        this.target = target;
    }
}
