package dk.jobandel.members.web;

import dk.jobandel.members.Cvr;
import dk.jobandel.members.Organisation;
import dk.jobandel.members.OrganisationProfile;
import dk.jobandel.members.OrganisationType;
import dk.jobandel.members.ValidCvr;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The organisation's profile as its staff edit it. */
public class OrganisationForm {

    private long version;

    @NotBlank
    @Size(max = 200)
    private String name = "";

    @NotNull
    private @Nullable OrganisationType type;

    @NotNull
    private @Nullable Short municipalityCode;

    @Size(max = 300)
    private String address = "";

    @Size(max = 200)
    private String sector = "";

    @Size(max = 4000)
    private String presentation = "";

    private boolean collectiveAgreement;

    @Size(max = 200)
    private String collectiveAgreementName = "";

    /** The parent company's CVR number when the organisation is part of a group (koncern); blank when none. */
    @ValidCvr
    @Size(max = 20)
    private String groupParentCvr = "";

    static OrganisationForm of(Organisation organisation) {
        var profile = organisation.profile();
        var form = new OrganisationForm();
        form.version = organisation.getVersion();
        form.name = profile.name();
        form.type = profile.type();
        form.municipalityCode = profile.municipalityCode();
        form.address = profile.address();
        form.sector = profile.sector();
        form.presentation = profile.presentation();
        form.collectiveAgreement = profile.collectiveAgreement();
        form.collectiveAgreementName = profile.collectiveAgreementName();
        form.groupParentCvr = profile.groupParentCvr() == null ? "" : profile.groupParentCvr();
        return form;
    }

    void checkRules(Errors errors, Cvr ownCvr) {
        if (collectiveAgreement && collectiveAgreementName.isBlank()) {
            errors.rejectValue("collectiveAgreementName", "organisation.agreement.nameRequired");
        }
        if (!errors.hasFieldErrors("groupParentCvr")
                && Cvr.normalise(groupParentCvr).equals(ownCvr.digits())) {
            errors.rejectValue("groupParentCvr", "organisation.group.ownCvr");
        }
    }

    OrganisationProfile toProfile() {
        if (type == null || municipalityCode == null) {
            throw new IllegalStateException("Validate the form before using it");
        }
        return new OrganisationProfile(
                name,
                type,
                municipalityCode,
                address,
                sector,
                presentation,
                collectiveAgreement,
                collectiveAgreementName,
                groupParentCvr.isBlank() ? null : Cvr.normalise(groupParentCvr));
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public @Nullable OrganisationType getType() {
        return type;
    }

    public void setType(@Nullable OrganisationType type) {
        this.type = type;
    }

    public @Nullable Short getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(@Nullable Short municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public String getPresentation() {
        return presentation;
    }

    public void setPresentation(String presentation) {
        this.presentation = presentation;
    }

    public boolean isCollectiveAgreement() {
        return collectiveAgreement;
    }

    public void setCollectiveAgreement(boolean collectiveAgreement) {
        this.collectiveAgreement = collectiveAgreement;
    }

    public String getCollectiveAgreementName() {
        return collectiveAgreementName;
    }

    public void setCollectiveAgreementName(String collectiveAgreementName) {
        this.collectiveAgreementName = collectiveAgreementName;
    }

    public String getGroupParentCvr() {
        return groupParentCvr;
    }

    public void setGroupParentCvr(String groupParentCvr) {
        this.groupParentCvr = groupParentCvr;
    }
}
