package dk.jobandel.members;

/**
 * A colleague became an owner of the organisation, or an owner stepped down.
 *
 * @param owner whether the account is an owner now
 * @param changedBy the owner who made the change
 */
public record OwnershipChanged(long organisationId, long accountId, boolean owner, long changedBy) {}
