package dk.jobandel.review.core;

/** Who an offer is made to: a freelancer in the proposal, or an organisation (the role's cooperative, a pool member). */
public enum Party {
    FREELANCER,
    ORGANISATION
}
