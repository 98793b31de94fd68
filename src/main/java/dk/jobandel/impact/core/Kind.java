package dk.jobandel.impact.core;

/** How a placement came about: the four instruments Jobandel follows. */
public enum Kind {
    /** One person's part of a shared role (job share). */
    JOB_SHARE,
    /** A worker employed by a pool's host for several members (employee sharing). */
    POOL,
    /** A job created through a social-economy partnership. */
    PARTNERSHIP,
    /** A job created through a social clause in a public contract. */
    PROCUREMENT_CLAUSE
}
