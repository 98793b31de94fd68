package dk.jobandel.pools;

/** An organisation's membership of a pool. */
public enum MemberStatus {
    APPLIED,
    APPROVED,
    REJECTED,
    LEFT
}
