package dk.jobandel.procurement;

import dk.jobandel.members.Actor;
import dk.jobandel.procurement.core.ContractStatus;
import dk.jobandel.shared.ReferenceData;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The procurement start page's lists. A supplier with a field and area ({@link SupplierProfiles}: a SØV's partnerships
 * profile, a firm's or cooperative's supplier profile) sees first "Udbud for jer": the published contracts in its
 * field and area (a service it offers, in a municipality or region it serves) and the contracts it won; the other
 * published contracts come after them. Everybody else sees {@link Contracts#listFor} as it is.
 */
@Service
public class ProcurementHome {

    private final Contracts contracts;
    private final SupplierProfiles profiles;
    private final ReferenceData referenceData;

    ProcurementHome(Contracts contracts, SupplierProfiles profiles, ReferenceData referenceData) {
        this.contracts = contracts;
        this.profiles = profiles;
        this.referenceData = referenceData;
    }

    /**
     * @param main the contracts to show first (all of them unless {@code byProfile})
     * @param others published contracts outside the supplier's field and area
     * @param byProfile whether the lists were split by the supplier's field and area
     */
    public record Lists(List<Contracts.Contract> main, List<Contracts.Contract> others, boolean byProfile) {}

    @Transactional(readOnly = true)
    public Lists of(Actor actor) {
        List<Contracts.Contract> all = contracts.listFor(actor);
        SupplierProfiles.Field field = profiles.fieldOf(actor);
        if (field == null) {
            return new Lists(all, List.of(), false);
        }
        List<Contracts.Contract> fits = new ArrayList<>();
        List<Contracts.Contract> others = new ArrayList<>();
        for (Contracts.Contract c : all) {
            (c.status() == ContractStatus.AWARDED || fits(field, c) ? fits : others).add(c);
        }
        return new Lists(fits, others, true);
    }

    private boolean fits(SupplierProfiles.Field field, Contracts.Contract c) {
        short place = c.details().municipalityCode();
        boolean area = referenceData
                .municipality(place)
                .map(m -> field.serves(place, m.regionCode()))
                .orElse(false);
        return area && field.offers(c.details().service());
    }
}
