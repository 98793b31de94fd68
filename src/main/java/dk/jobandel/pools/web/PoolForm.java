package dk.jobandel.pools.web;

import dk.jobandel.pools.PoolDetails;
import dk.jobandel.pools.Pools;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The form that creates a pool; consultants also choose the host. */
public class PoolForm {

    @NotBlank
    @Size(max = 120)
    private String name = "";

    @Size(max = 4000)
    private String purpose = "";

    @NotNull
    private @Nullable Short municipalityCode;

    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    private @Nullable BigDecimal feePercent = new BigDecimal("8.00");

    @NotNull
    @Min(0)
    @Max(365)
    private @Nullable Integer noticeDays = 30;

    @NotNull
    @DecimalMin("0")
    @DecimalMax("48")
    private @Nullable BigDecimal minHoursPerMember = new BigDecimal("4");

    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @DecimalMax("999999.99")
    @Digits(integer = 6, fraction = 2)
    private @Nullable BigDecimal hourlyWage = PoolDetails.DEFAULT_HOURLY_WAGE;

    @NotNull
    @DecimalMin("0")
    @DecimalMax("30")
    @Digits(integer = 2, fraction = 2)
    private @Nullable BigDecimal pensionPercent = PoolDetails.DEFAULT_PENSION_PERCENT;

    private @Nullable Long hostOrganisationId;

    /** The pool's version the form was read at, when it edits an existing pool. */
    private long version;

    static PoolForm blank(@Nullable Short municipalityCode) {
        var form = new PoolForm();
        form.municipalityCode = municipalityCode;
        return form;
    }

    /** The form filled with an existing pool's settings and terms, for the host to change them. */
    static PoolForm of(Pools.Pool pool) {
        var form = new PoolForm();
        form.name = pool.name();
        form.purpose = pool.purpose();
        form.municipalityCode = pool.municipalityCode();
        form.feePercent = pool.feePercent();
        form.noticeDays = pool.noticeDays();
        form.minHoursPerMember = pool.minHoursPerMember();
        form.hourlyWage = pool.hourlyWage();
        form.pensionPercent = pool.pensionPercent();
        form.version = pool.version();
        return form;
    }

    PoolDetails toDetails() {
        if (municipalityCode == null
                || feePercent == null
                || noticeDays == null
                || minHoursPerMember == null
                || hourlyWage == null
                || pensionPercent == null) {
            throw new IllegalStateException("Validate the form before using it");
        }
        return new PoolDetails(
                name, purpose, municipalityCode, feePercent, noticeDays, minHoursPerMember, hourlyWage, pensionPercent);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public @Nullable Short getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(@Nullable Short municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public @Nullable BigDecimal getFeePercent() {
        return feePercent;
    }

    public void setFeePercent(@Nullable BigDecimal feePercent) {
        this.feePercent = feePercent;
    }

    public @Nullable Integer getNoticeDays() {
        return noticeDays;
    }

    public void setNoticeDays(@Nullable Integer noticeDays) {
        this.noticeDays = noticeDays;
    }

    public @Nullable BigDecimal getMinHoursPerMember() {
        return minHoursPerMember;
    }

    public void setMinHoursPerMember(@Nullable BigDecimal minHoursPerMember) {
        this.minHoursPerMember = minHoursPerMember;
    }

    public @Nullable BigDecimal getHourlyWage() {
        return hourlyWage;
    }

    public void setHourlyWage(@Nullable BigDecimal hourlyWage) {
        this.hourlyWage = hourlyWage;
    }

    public @Nullable BigDecimal getPensionPercent() {
        return pensionPercent;
    }

    public void setPensionPercent(@Nullable BigDecimal pensionPercent) {
        this.pensionPercent = pensionPercent;
    }

    public @Nullable Long getHostOrganisationId() {
        return hostOrganisationId;
    }

    public void setHostOrganisationId(@Nullable Long hostOrganisationId) {
        this.hostOrganisationId = hostOrganisationId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
