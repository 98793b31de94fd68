/**
 * Freelancers: a person's profile in the form the matching engine can use directly. Where they live
 * and how far they travel, how many hours they want, their skills with levels, their weekly
 * availability as a {@link dk.jobandel.shared.WeekGrid}, a short work-style questionnaire for job-share
 * partners, and situation facts they choose to share. Only the person edits it; consultants and
 * admins may read it. Its API is {@link dk.jobandel.freelancers.FreelancerProfiles}.
 */
@org.jspecify.annotations.NullMarked
package dk.jobandel.freelancers;
