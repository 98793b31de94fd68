package dk.jobandel.members;

/** A consultant rejected the organisation's registration, with a reason its staff can read. */
public record OrganisationRejected(long organisationId, long consultantAccountId, String reason) {}
