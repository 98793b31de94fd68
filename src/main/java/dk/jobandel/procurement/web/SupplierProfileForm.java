package dk.jobandel.procurement.web;

import dk.jobandel.partnerships.ServiceKind;
import dk.jobandel.procurement.SupplierProfiles;
import java.util.LinkedHashSet;
import java.util.Set;

/** A firm's or cooperative's field and area, with the version the form showed. */
class SupplierProfileForm {

    private Set<ServiceKind> services = new LinkedHashSet<>();
    private Set<Short> municipalities = new LinkedHashSet<>();
    private Set<Short> regions = new LinkedHashSet<>();
    private long version;

    static SupplierProfileForm of(SupplierProfiles.Field field) {
        var form = new SupplierProfileForm();
        form.services = new LinkedHashSet<>(field.services());
        form.municipalities = new LinkedHashSet<>(field.municipalities());
        form.regions = new LinkedHashSet<>(field.regions());
        form.version = field.version();
        return form;
    }

    public Set<ServiceKind> getServices() {
        return services;
    }

    public void setServices(Set<ServiceKind> services) {
        this.services = services;
    }

    public Set<Short> getMunicipalities() {
        return municipalities;
    }

    public void setMunicipalities(Set<Short> municipalities) {
        this.municipalities = municipalities;
    }

    public Set<Short> getRegions() {
        return regions;
    }

    public void setRegions(Set<Short> regions) {
        this.regions = regions;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
