package dk.jobandel.members;

/** Somebody accepted an invitation and joined the organisation's staff. */
public record ColleagueJoined(long organisationId, long accountId) {}
