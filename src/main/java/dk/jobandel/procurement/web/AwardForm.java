package dk.jobandel.procurement.web;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The municipality's choice of supplier, on the contract version it saw. */
class AwardForm {

    @NotNull
    private @Nullable Long supplierId;

    private long version;

    public @Nullable Long getSupplierId() {
        return supplierId;
    }

    public void setSupplierId(@Nullable Long supplierId) {
        this.supplierId = supplierId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
