/**
 * Impact: how many people Jobandel moved into secure work, and for how long. {@code impact.core} works the figures out
 * in plain Java from facts handed to it (placements, people, matches): people matched, agreements made, people moved
 * into secure work (employment, not freelance, of at least 8 hours a week that has lasted at least 3 months) and still
 * in it after 6 and 12 months, hours moved to employment, the rights earned (by {@link dk.jobandel.review.Rights}), the
 * time from sign-up to a first agreement, and breakdowns; and it applies disclosure control (no group under 5 people,
 * complementary suppression, rounding). Sources plug in as {@link dk.jobandel.impact.ImpactSource} beans; people's
 * consent to impact statistics and what they stated live here. Its API is {@link dk.jobandel.impact.ImpactFigures}.
 */
@org.jspecify.annotations.NullMarked
package dk.jobandel.impact;
