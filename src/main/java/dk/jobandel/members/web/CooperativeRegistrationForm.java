package dk.jobandel.members.web;

import dk.jobandel.members.MemberRegistration.NewOrganisation;
import dk.jobandel.members.OrganisationKind;
import dk.jobandel.members.OrganisationType;
import dk.jobandel.members.ValidCvr;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Sign-up of a cooperative: the organisation and its first staff member. */
class CooperativeRegistrationForm extends PersonFields {

    @NotBlank
    @Size(max = 200)
    private String organisationName = "";

    @NotBlank
    @ValidCvr
    private String cvr = "";

    @NotNull
    private @Nullable OrganisationKind organisationKind = OrganisationKind.COOPERATIVE;

    @NotNull
    private @Nullable OrganisationType organisationType;

    @NotNull
    private @Nullable Short municipalityCode;

    /** A municipality registers as the kind and the type "municipality" together, and nothing else does. */
    void checkMunicipalityKindAndType(org.springframework.validation.Errors errors) {
        if (organisationKind != null
                && organisationType != null
                && (organisationKind == OrganisationKind.MUNICIPALITY)
                        != (organisationType == OrganisationType.MUNICIPALITY)) {
            errors.rejectValue("organisationType", "registration.municipality.kindAndType");
        }
    }

    NewOrganisation toNewOrganisation() {
        if (organisationKind == null || organisationType == null || municipalityCode == null) {
            throw new IllegalStateException("Validate the form before using it");
        }
        return new NewOrganisation(organisationName, cvr, organisationType, organisationKind, municipalityCode);
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public String getCvr() {
        return cvr;
    }

    public void setCvr(String cvr) {
        this.cvr = cvr;
    }

    public @Nullable OrganisationKind getOrganisationKind() {
        return organisationKind;
    }

    public void setOrganisationKind(@Nullable OrganisationKind organisationKind) {
        this.organisationKind = organisationKind;
    }

    public @Nullable OrganisationType getOrganisationType() {
        return organisationType;
    }

    public void setOrganisationType(@Nullable OrganisationType organisationType) {
        this.organisationType = organisationType;
    }

    public @Nullable Short getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(@Nullable Short municipalityCode) {
        this.municipalityCode = municipalityCode;
    }
}
