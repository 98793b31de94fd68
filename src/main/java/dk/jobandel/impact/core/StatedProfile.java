package dk.jobandel.impact.core;

/**
 * What a person stated for impact statistics, present only while they consent.
 *
 * @param birthYear for the age band
 */
public record StatedProfile(Gender gender, int birthYear, Situation situation) {}
