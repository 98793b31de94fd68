package dk.jobandel.impact.core;

/** The age bands of the European Social Fund's common indicators: below 30, 30–54, above 54. */
public enum AgeBand {
    UNDER_30,
    FROM_30_TO_54,
    OVER_54;

    /** The band of someone born in {@code birthYear} in the year {@code year} (the age they turn that year). */
    public static AgeBand of(int birthYear, int year) {
        int age = year - birthYear;
        if (age < 30) {
            return UNDER_30;
        }
        return age <= 54 ? FROM_30_TO_54 : OVER_54;
    }
}
