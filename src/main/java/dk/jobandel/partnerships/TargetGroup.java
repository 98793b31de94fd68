package dk.jobandel.partnerships;

/** The people a SØV employs and a partnership's inclusive jobs are for (texts {@code partnerships.target.<NAME>}). */
public enum TargetGroup {
    LONG_TERM_UNEMPLOYED,
    REDUCED_WORKING_CAPACITY,
    REFUGEES_IMMIGRANTS,
    YOUNG_WITHOUT_EDUCATION,
    MENTAL_ILLNESS
}
