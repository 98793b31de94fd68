package dk.jobandel.freelancers.web;

import dk.jobandel.freelancers.Languages;
import dk.jobandel.freelancers.Profile;
import dk.jobandel.shared.ReferenceData;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** Where, when and how much the freelancer wants to work. */
public class BasicsForm {

    private long version;

    @NotBlank
    @Size(max = 100)
    private String displayName = "";

    @NotNull
    private @Nullable Short municipalityCode;

    @Min(0)
    @Max(500)
    private @Nullable Integer travelKm;

    private boolean worksOnSite;
    private boolean worksHybrid;
    private boolean worksRemote;

    @NotNull
    @Min(1)
    @Max(48)
    private @Nullable Integer desiredHoursMin;

    @NotNull
    @Min(1)
    @Max(48)
    private @Nullable Integer desiredHoursMax;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate availableFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate availableUntil;

    private List<String> languages = new ArrayList<>();

    private boolean wantsJobShare;
    private boolean wantsPool;

    static BasicsForm of(Profile profile, String displayName) {
        var basics = profile.basics();
        var form = new BasicsForm();
        form.version = profile.version();
        form.displayName = displayName;
        form.municipalityCode = basics.municipalityCode();
        form.travelKm = basics.travelKm();
        form.worksOnSite = basics.worksOnSite();
        form.worksHybrid = basics.worksHybrid();
        form.worksRemote = basics.worksRemote();
        form.desiredHoursMin = basics.desiredHoursMin();
        form.desiredHoursMax = basics.desiredHoursMax();
        form.availableFrom = basics.availableFrom();
        form.availableUntil = basics.availableUntil();
        form.languages = new ArrayList<>(basics.languages());
        form.wantsJobShare = basics.wantsJobShare();
        form.wantsPool = basics.wantsPool();
        return form;
    }

    /** The rules that connect fields, each reported next to the field a person would change. */
    void checkRules(Errors errors, ReferenceData referenceData) {
        if (municipalityCode != null
                && referenceData.municipality(municipalityCode).isEmpty()) {
            errors.rejectValue("municipalityCode", "profile.municipality.unknown");
        }
        if (desiredHoursMin != null && desiredHoursMax != null && desiredHoursMin > desiredHoursMax) {
            errors.rejectValue("desiredHoursMax", "profile.hours.range");
        }
        if (availableFrom != null && availableUntil != null && availableUntil.isBefore(availableFrom)) {
            errors.rejectValue("availableUntil", "profile.period.endBeforeStart");
        }
        if (!worksOnSite && !worksHybrid && !worksRemote) {
            errors.rejectValue("worksOnSite", "profile.workMode.none");
        }
        if (!wantsJobShare && !wantsPool) {
            errors.rejectValue("wantsJobShare", "profile.willingness.none");
        }
        if (!Languages.CODES.containsAll(languages)) {
            errors.rejectValue("languages", "profile.languages.unknown");
        }
    }

    Profile.Basics toBasics() {
        return new Profile.Basics(
                municipalityCode,
                travelKm,
                worksOnSite,
                worksHybrid,
                worksRemote,
                desiredHoursMin,
                desiredHoursMax,
                availableFrom,
                availableUntil,
                List.copyOf(languages),
                wantsJobShare,
                wantsPool);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public @Nullable Short getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(@Nullable Short municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public @Nullable Integer getTravelKm() {
        return travelKm;
    }

    public void setTravelKm(@Nullable Integer travelKm) {
        this.travelKm = travelKm;
    }

    public boolean isWorksOnSite() {
        return worksOnSite;
    }

    public void setWorksOnSite(boolean worksOnSite) {
        this.worksOnSite = worksOnSite;
    }

    public boolean isWorksHybrid() {
        return worksHybrid;
    }

    public void setWorksHybrid(boolean worksHybrid) {
        this.worksHybrid = worksHybrid;
    }

    public boolean isWorksRemote() {
        return worksRemote;
    }

    public void setWorksRemote(boolean worksRemote) {
        this.worksRemote = worksRemote;
    }

    public @Nullable Integer getDesiredHoursMin() {
        return desiredHoursMin;
    }

    public void setDesiredHoursMin(@Nullable Integer desiredHoursMin) {
        this.desiredHoursMin = desiredHoursMin;
    }

    public @Nullable Integer getDesiredHoursMax() {
        return desiredHoursMax;
    }

    public void setDesiredHoursMax(@Nullable Integer desiredHoursMax) {
        this.desiredHoursMax = desiredHoursMax;
    }

    public @Nullable LocalDate getAvailableFrom() {
        return availableFrom;
    }

    public void setAvailableFrom(@Nullable LocalDate availableFrom) {
        this.availableFrom = availableFrom;
    }

    public @Nullable LocalDate getAvailableUntil() {
        return availableUntil;
    }

    public void setAvailableUntil(@Nullable LocalDate availableUntil) {
        this.availableUntil = availableUntil;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }

    public boolean isWantsJobShare() {
        return wantsJobShare;
    }

    public void setWantsJobShare(boolean wantsJobShare) {
        this.wantsJobShare = wantsJobShare;
    }

    public boolean isWantsPool() {
        return wantsPool;
    }

    public void setWantsPool(boolean wantsPool) {
        this.wantsPool = wantsPool;
    }
}
