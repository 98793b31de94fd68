/**
 * Platform: what every feature stands on but no feature owns. Security (form login, Argon2id hashing,
 * login throttling, security headers), the page layout with Danish and English texts and the language
 * switch, error pages, the clock, and the embedded PostgreSQL used by {@code ./mvnw spring-boot:run}.
 * The form bases that several modules' pages share are in {@code platform.web.forms}, the one part of platform that
 * uses another module ({@code shared}'s week grid and reference data). Other modules depend on this one; it depends on
 * none of them but shared and talks to them through events such
 * as {@link dk.jobandel.platform.LanguagePreferenceChanged} and through interfaces that they implement
 * ({@link dk.jobandel.platform.SignedInMember}, {@link dk.jobandel.platform.MailQueue}).
 */
@org.jspecify.annotations.NullMarked
package dk.jobandel.platform;
