package dk.jobandel.members;

/** Published, inside the removal's transaction, when a colleague was removed from an organisation's staff. */
public record StaffRemoved(long organisationId, long accountId, long removedBy) {}
