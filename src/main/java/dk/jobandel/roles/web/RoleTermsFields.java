package dk.jobandel.roles.web;

import dk.jobandel.advisor.core.Terms;
import dk.jobandel.platform.web.forms.PostingForm;
import dk.jobandel.roles.RoleTerms;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The employment terms part of the role form ({@link RoleTerms}: the collective agreement, holiday, office work,
 * full-time pay and membership), which the secure-terms advisor reads; {@link RoleForm} extends it so that the fields
 * keep their names in the page.
 */
public abstract class RoleTermsFields extends PostingForm<RoleForm.SkillRow> {

    @Size(max = 120)
    private String agreementName = "";

    @DecimalMin(value = "0.01")
    @DecimalMax(value = "1000000")
    private @Nullable BigDecimal agreementMinimumPay;

    @DecimalMin(value = "0")
    @DecimalMax(value = "30")
    private @Nullable BigDecimal agreementPensionPercent;

    @NotNull
    private Terms.@Nullable Holiday holiday = Terms.Holiday.HOLIDAY_PAY;

    private boolean officeWork;

    @DecimalMin(value = "0.01")
    @DecimalMax(value = "1000000")
    private @Nullable BigDecimal fullTimePay;

    @DecimalMin(value = "0")
    @DecimalMax(value = "30")
    private @Nullable BigDecimal fullTimePensionPercent;

    private boolean membershipOffered;

    /** Shows saved terms in the fields. */
    protected void fillTerms(RoleTerms terms) {
        agreementName = terms.agreementName() == null ? "" : terms.agreementName();
        agreementMinimumPay = terms.agreementMinimumPay();
        agreementPensionPercent = terms.agreementPensionPercent();
        holiday = terms.holiday();
        officeWork = terms.officeWork();
        fullTimePay = terms.fullTimePay();
        fullTimePensionPercent = terms.fullTimePensionPercent();
        membershipOffered = terms.membershipOffered();
    }

    /** The terms as typed; call after validation (the holiday is then chosen). */
    protected RoleTerms toTerms() {
        return new RoleTerms(
                agreementName,
                agreementMinimumPay,
                agreementPensionPercent,
                holiday,
                officeWork,
                fullTimePay,
                fullTimePensionPercent,
                membershipOffered);
    }

    public String getAgreementName() {
        return agreementName;
    }

    public void setAgreementName(String agreementName) {
        this.agreementName = agreementName;
    }

    public @Nullable BigDecimal getAgreementMinimumPay() {
        return agreementMinimumPay;
    }

    public void setAgreementMinimumPay(@Nullable BigDecimal agreementMinimumPay) {
        this.agreementMinimumPay = agreementMinimumPay;
    }

    public @Nullable BigDecimal getAgreementPensionPercent() {
        return agreementPensionPercent;
    }

    public void setAgreementPensionPercent(@Nullable BigDecimal agreementPensionPercent) {
        this.agreementPensionPercent = agreementPensionPercent;
    }

    public Terms.@Nullable Holiday getHoliday() {
        return holiday;
    }

    public void setHoliday(Terms.@Nullable Holiday holiday) {
        this.holiday = holiday;
    }

    public boolean isOfficeWork() {
        return officeWork;
    }

    public void setOfficeWork(boolean officeWork) {
        this.officeWork = officeWork;
    }

    public @Nullable BigDecimal getFullTimePay() {
        return fullTimePay;
    }

    public void setFullTimePay(@Nullable BigDecimal fullTimePay) {
        this.fullTimePay = fullTimePay;
    }

    public @Nullable BigDecimal getFullTimePensionPercent() {
        return fullTimePensionPercent;
    }

    public void setFullTimePensionPercent(@Nullable BigDecimal fullTimePensionPercent) {
        this.fullTimePensionPercent = fullTimePensionPercent;
    }

    public boolean isMembershipOffered() {
        return membershipOffered;
    }

    public void setMembershipOffered(boolean membershipOffered) {
        this.membershipOffered = membershipOffered;
    }
}
