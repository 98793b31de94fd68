package dk.jobandel.advisor.core;

/**
 * The five principles of the secure-terms score, after Fairwork's yearly ratings of platforms. Each has a basic and an
 * advanced threshold; the page explains both with {@code advisor.principle.<name>.basic} and {@code .advanced}.
 */
public enum Principle {
    PAY,
    CONDITIONS,
    CONTRACTS,
    MANAGEMENT,
    REPRESENTATION
}
