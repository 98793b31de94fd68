package dk.jobandel.partnerships.web;

import dk.jobandel.partnerships.ServiceKind;
import dk.jobandel.partnerships.SovProfile;
import dk.jobandel.partnerships.TargetGroup;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** A SØV's capability profile. */
class SovProfileForm {

    @NotEmpty
    private List<ServiceKind> services = new ArrayList<>();

    private List<Short> municipalities = new ArrayList<>();

    private List<Short> regions = new ArrayList<>();

    @NotNull
    @Min(1)
    @Max(10000)
    private @Nullable Integer capacityHours;

    @NotNull
    @Min(1)
    @Max(1000)
    private @Nullable Integer capacityPeople;

    private List<TargetGroup> targetGroups = new ArrayList<>();

    @Size(max = 2000)
    private String presentation = "";

    @Size(max = 2000)
    private String references = "";

    private boolean rsvDeclared;

    private long version;

    static SovProfileForm of(@Nullable SovProfile p, long version) {
        var form = new SovProfileForm();
        form.version = version;
        if (p != null) {
            form.services = new ArrayList<>(p.services());
            form.municipalities = new ArrayList<>(p.municipalities());
            form.regions = new ArrayList<>(p.regions());
            form.capacityHours = p.capacityHours();
            form.capacityPeople = p.capacityPeople();
            form.targetGroups = new ArrayList<>(p.targetGroups());
            form.presentation = p.presentation();
            form.references = p.references();
            form.rsvDeclared = p.rsvDeclared();
        }
        return form;
    }

    /** Business rule beside the shape: the profile serves somewhere. */
    void checkArea(BindingResult result) {
        if (municipalities.isEmpty() && regions.isEmpty()) {
            result.rejectValue("municipalities", "partnerships.profile.areaRequired");
        }
    }

    SovProfile toProfile() {
        if (capacityHours == null || capacityPeople == null) {
            throw new IllegalStateException("Validate the form before using it");
        }
        return new SovProfile(
                new HashSet<>(services),
                new HashSet<>(municipalities),
                new HashSet<>(regions),
                capacityHours,
                capacityPeople,
                new HashSet<>(targetGroups),
                presentation,
                references,
                rsvDeclared);
    }

    public List<ServiceKind> getServices() {
        return services;
    }

    public void setServices(List<ServiceKind> services) {
        this.services = services;
    }

    public List<Short> getMunicipalities() {
        return municipalities;
    }

    public void setMunicipalities(List<Short> municipalities) {
        this.municipalities = municipalities;
    }

    public List<Short> getRegions() {
        return regions;
    }

    public void setRegions(List<Short> regions) {
        this.regions = regions;
    }

    public @Nullable Integer getCapacityHours() {
        return capacityHours;
    }

    public void setCapacityHours(@Nullable Integer capacityHours) {
        this.capacityHours = capacityHours;
    }

    public @Nullable Integer getCapacityPeople() {
        return capacityPeople;
    }

    public void setCapacityPeople(@Nullable Integer capacityPeople) {
        this.capacityPeople = capacityPeople;
    }

    public List<TargetGroup> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(List<TargetGroup> targetGroups) {
        this.targetGroups = targetGroups;
    }

    public String getPresentation() {
        return presentation;
    }

    public void setPresentation(String presentation) {
        this.presentation = presentation;
    }

    public String getReferences() {
        return references;
    }

    public void setReferences(String references) {
        this.references = references;
    }

    public boolean isRsvDeclared() {
        return rsvDeclared;
    }

    public void setRsvDeclared(boolean rsvDeclared) {
        this.rsvDeclared = rsvDeclared;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
