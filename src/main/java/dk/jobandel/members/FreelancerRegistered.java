package dk.jobandel.members;

/** Published, inside the sign-up transaction, when a freelancer account has been created. */
public record FreelancerRegistered(long accountId) {}
