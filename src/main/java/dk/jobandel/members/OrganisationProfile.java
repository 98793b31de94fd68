package dk.jobandel.members;

/** What an organisation tells about itself. The CVR number is not part of it: it never changes. */
public record OrganisationProfile(
        String name,
        OrganisationType type,
        short municipalityCode,
        String address,
        String sector,
        String presentation,
        boolean collectiveAgreement,
        String collectiveAgreementName) {}
