package dk.jobandel.platform;

import java.util.Locale;

/** Published when a signed-in member picks another language, so that it is remembered for them. */
public record LanguagePreferenceChanged(long accountId, Locale locale) {}
