package dk.jobandel.freelancers;

/** A freelancer saved a part of their profile: what matching knows about them may have changed. */
public record FreelancerProfileUpdated(long accountId) {}
