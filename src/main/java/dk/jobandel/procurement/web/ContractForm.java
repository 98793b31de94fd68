package dk.jobandel.procurement.web;

import dk.jobandel.partnerships.ServiceKind;
import dk.jobandel.procurement.ContractDetails;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** A municipality's new contract, or its changed details (with the version the form showed). */
class ContractForm {

    /** The contract's version when the edit form was shown; {@code null} for a new contract. */
    private @Nullable Long version;

    /** The form filled in with a contract's details, to change them. */
    static ContractForm of(dk.jobandel.procurement.Contracts.Contract c) {
        var form = new ContractForm();
        var d = c.details();
        form.title = d.title();
        form.description = d.description();
        form.service = d.service();
        form.estimatedValueDkk = d.estimatedValueDkk();
        form.startsOn = d.startsOn();
        form.endsOn = d.endsOn();
        form.municipalityCode = d.municipalityCode();
        form.aboveEuThreshold = d.aboveEuThreshold();
        form.version = c.version();
        return form;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }

    @NotBlank
    @Size(max = 200)
    private String title = "";

    @Size(max = 4000)
    private String description = "";

    @NotNull
    private @Nullable ServiceKind service;

    @NotNull
    @Min(1)
    @Max(100_000_000_000L)
    private @Nullable Long estimatedValueDkk;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate startsOn;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate endsOn;

    @NotNull
    private @Nullable Short municipalityCode;

    /** Asked as a yes/no question; no answer is an error, not a silent "no". */
    @NotNull
    private @Nullable Boolean aboveEuThreshold;

    void checkPeriod(Errors errors) {
        if (startsOn != null && endsOn != null && !endsOn.isAfter(startsOn)) {
            errors.rejectValue("endsOn", "procurement.refused.endsBeforeStart");
        }
    }

    ContractDetails toDetails() {
        if (service == null
                || estimatedValueDkk == null
                || startsOn == null
                || endsOn == null
                || municipalityCode == null
                || aboveEuThreshold == null) {
            throw new IllegalStateException("Validate the form before using it");
        }
        return new ContractDetails(
                title, description, service, estimatedValueDkk, startsOn, endsOn, municipalityCode, aboveEuThreshold);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public @Nullable ServiceKind getService() {
        return service;
    }

    public void setService(@Nullable ServiceKind service) {
        this.service = service;
    }

    public @Nullable Long getEstimatedValueDkk() {
        return estimatedValueDkk;
    }

    public void setEstimatedValueDkk(@Nullable Long estimatedValueDkk) {
        this.estimatedValueDkk = estimatedValueDkk;
    }

    public @Nullable LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(@Nullable LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public @Nullable LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(@Nullable LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public @Nullable Short getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(@Nullable Short municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public @Nullable Boolean getAboveEuThreshold() {
        return aboveEuThreshold;
    }

    public void setAboveEuThreshold(@Nullable Boolean aboveEuThreshold) {
        this.aboveEuThreshold = aboveEuThreshold;
    }
}
