package dk.jobandel.procurement;

import dk.jobandel.members.OrganisationKind;
import dk.jobandel.partnerships.SovProfile;
import dk.jobandel.partnerships.SovProfiles;
import dk.jobandel.procurement.core.ContractStatus;
import dk.jobandel.shared.ReferenceData;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The procurement start page's lists. A SØV with a partnerships profile sees first the published contracts in its field
 * and area (a service it offers, in a municipality or region it serves) and the contracts it won, and the other
 * published contracts after them; everybody else sees {@link Contracts#listFor} as it is.
 */
@Service
public class ProcurementHome {

    private final Contracts contracts;
    private final SovProfiles profiles;
    private final ReferenceData referenceData;

    ProcurementHome(Contracts contracts, SovProfiles profiles, ReferenceData referenceData) {
        this.contracts = contracts;
        this.profiles = profiles;
        this.referenceData = referenceData;
    }

    /**
     * @param main the contracts to show first (all of them unless {@code byProfile})
     * @param others published contracts outside the SØV's field and area
     * @param byProfile whether the lists were split by a SØV's profile
     */
    public record Lists(List<Contracts.Contract> main, List<Contracts.Contract> others, boolean byProfile) {}

    @Transactional(readOnly = true)
    public Lists of(Actor actor) {
        List<Contracts.Contract> all = contracts.listFor(actor);
        if (actor.kind() != OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE || actor.organisationId() == null) {
            return new Lists(all, List.of(), false);
        }
        var view = profiles.own(new dk.jobandel.partnerships.Actor(
                actor.accountId(), false, actor.organisationId(), OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE));
        SovProfile profile = view.profile();
        if (profile == null) {
            return new Lists(all, List.of(), false);
        }
        List<Contracts.Contract> fits = new ArrayList<>();
        List<Contracts.Contract> others = new ArrayList<>();
        for (Contracts.Contract c : all) {
            (c.status() == ContractStatus.AWARDED || fits(profile, c) ? fits : others).add(c);
        }
        return new Lists(fits, others, true);
    }

    private boolean fits(SovProfile profile, Contracts.Contract c) {
        short place = c.details().municipalityCode();
        boolean area = profile.municipalities().contains(place)
                || referenceData
                        .municipality(place)
                        .map(m -> profile.regions().contains(m.regionCode()))
                        .orElse(false);
        return area && profile.services().contains(c.details().service());
    }
}
