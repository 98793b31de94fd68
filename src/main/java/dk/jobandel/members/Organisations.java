package dk.jobandel.members;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading organisations, and the verification a consultant gives them. */
@Service
public class Organisations {

    private final OrganisationRepository organisations;

    Organisations(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> ofStaffMember(long accountId) {
        return organisations.findByStaffAccountId(accountId);
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> byCvr(Cvr cvr) {
        return organisations.findByCvr(cvr.digits());
    }

    @Transactional
    public void verify(long organisationId) {
        organisations
                .findById(organisationId)
                .orElseThrow(() -> new IllegalArgumentException("No organisation " + organisationId))
                .verify();
    }
}
