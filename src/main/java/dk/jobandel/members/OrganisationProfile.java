package dk.jobandel.members;

import org.jspecify.annotations.Nullable;

/**
 * What an organisation tells about itself. The CVR number is not part of it: it never changes.
 *
 * @param groupParentCvr the CVR number of the parent company of the group (koncern) the organisation belongs to, or
 *     {@code null} when it belongs to none: hours a person works for employers in one group count together
 */
public record OrganisationProfile(
        String name,
        OrganisationType type,
        short municipalityCode,
        String address,
        String sector,
        String presentation,
        boolean collectiveAgreement,
        String collectiveAgreementName,
        @Nullable String groupParentCvr) {

    /** A profile of an organisation in no group. */
    public OrganisationProfile(
            String name,
            OrganisationType type,
            short municipalityCode,
            String address,
            String sector,
            String presentation,
            boolean collectiveAgreement,
            String collectiveAgreementName) {
        this(
                name,
                type,
                municipalityCode,
                address,
                sector,
                presentation,
                collectiveAgreement,
                collectiveAgreementName,
                null);
    }
}
