package dk.jobandel.matching.engine;

/**
 * What the engine knows about one freelancer, taken at one moment. Arrays are copied in and out, so a snapshot
 * never changes (record equality on arrays is by identity: compare ids instead).
 *
 * @param id the freelancer's account id
 * @param atLeast1 skills held at level 1 or more, one bit per dense skill id
 * @param atLeast2 skills held at level 2 or more (a subset of {@code atLeast1})
 * @param atLeast3 skills held at level 3 (a subset of {@code atLeast2}); the three have the same length
 * @param available the free half-hours of the week (six words), already without existing bookings
 * @param desiredMinHalfHours the fewest half-hours a week the person wants
 * @param desiredMaxHalfHours the most half-hours a week the person wants
 * @param lat latitude of home, degrees
 * @param lon longitude of home, degrees
 * @param travelKm how far the person will travel to a workplace
 * @param onSite works at a workplace
 * @param hybrid works partly at a workplace
 * @param remote works remotely
 * @param workStyle the ten questionnaire answers 1–5, or empty when not answered
 */
public record FreelancerSnapshot(
        long id,
        long[] atLeast1,
        long[] atLeast2,
        long[] atLeast3,
        long[] available,
        int desiredMinHalfHours,
        int desiredMaxHalfHours,
        double lat,
        double lon,
        int travelKm,
        boolean onSite,
        boolean hybrid,
        boolean remote,
        byte[] workStyle) {

    /** Answers in the work-style questionnaire. */
    public static final int WORK_STYLE_QUESTIONS = 10;

    /** Checks and copies. */
    public FreelancerSnapshot {
        if (atLeast1.length != atLeast2.length || atLeast1.length != atLeast3.length) {
            throw new IllegalArgumentException("Skill bitsets of freelancer " + id + " differ in length");
        }
        for (int i = 0; i < atLeast1.length; i++) {
            if ((atLeast2[i] & ~atLeast1[i]) != 0 || (atLeast3[i] & ~atLeast2[i]) != 0) {
                throw new IllegalArgumentException("Skill levels of freelancer " + id + " are not nested");
            }
        }
        if (desiredMinHalfHours < 0 || desiredMaxHalfHours < desiredMinHalfHours) {
            throw new IllegalArgumentException("Desired hours of freelancer " + id + " are not a range");
        }
        if (travelKm < 0) {
            throw new IllegalArgumentException("Travel distance of freelancer " + id + " is negative");
        }
        if (workStyle.length != 0 && workStyle.length != WORK_STYLE_QUESTIONS) {
            throw new IllegalArgumentException("Work style of freelancer " + id + " needs 10 answers or none");
        }
        for (byte answer : workStyle) {
            if (answer < 1 || answer > 5) {
                throw new IllegalArgumentException("Work-style answers are 1–5, not " + answer);
            }
        }
        atLeast1 = atLeast1.clone();
        atLeast2 = atLeast2.clone();
        atLeast3 = atLeast3.clone();
        available = Slots.checked(available, "Availability of freelancer " + id);
        workStyle = workStyle.clone();
    }

    /** The level (0–3) at which the skill is held. */
    public int level(int skillId) {
        int word = skillId >>> 6;
        if (word >= atLeast1.length) {
            return 0;
        }
        long bit = 1L << skillId;
        return ((atLeast1[word] & bit) != 0 ? 1 : 0)
                + ((atLeast2[word] & bit) != 0 ? 1 : 0)
                + ((atLeast3[word] & bit) != 0 ? 1 : 0);
    }

    @Override
    public long[] atLeast1() {
        return atLeast1.clone();
    }

    @Override
    public long[] atLeast2() {
        return atLeast2.clone();
    }

    @Override
    public long[] atLeast3() {
        return atLeast3.clone();
    }

    @Override
    public long[] available() {
        return available.clone();
    }

    @Override
    public byte[] workStyle() {
        return workStyle.clone();
    }
}
