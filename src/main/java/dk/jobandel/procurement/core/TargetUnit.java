package dk.jobandel.procurement.core;

/**
 * What a clause's target counts (texts {@code procurement.unit.<NAME>}). Hours add up over the periods; the other
 * units are levels, so the latest period's figure is the one that counts.
 */
public enum TargetUnit {
    PEOPLE(false),
    HOURS(true),
    TRAINEES(false),
    SOV_SHARE_PERCENT(false),
    /** A clause with nothing to count (a reservation under § 190). */
    NONE(false);

    private final boolean cumulative;

    TargetUnit(boolean cumulative) {
        this.cumulative = cumulative;
    }

    /** Whether the periods' figures add up (hours), rather than the latest one counting (people, a share). */
    public boolean cumulative() {
        return cumulative;
    }

    public boolean measurable() {
        return this != NONE;
    }
}
