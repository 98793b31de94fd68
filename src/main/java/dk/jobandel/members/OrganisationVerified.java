package dk.jobandel.members;

/** A consultant verified the organisation: it may now publish roles. */
public record OrganisationVerified(long organisationId, long consultantAccountId) {}
