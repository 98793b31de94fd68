package dk.jobandel.partnerships;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The partnerships' figures for the impact pages: one record per partnership whose dates touch the period, with the
 * inclusive jobs agreed and, from the latest follow-up recorded, filled. No names: counts, hours and target groups
 * only.
 */
public interface PartnershipImpact {

    /**
     * One partnership's figures.
     *
     * @param municipalityCode where the work is done
     * @param end the last day, or {@code null} until further notice
     * @param agreedJobs inclusive jobs agreed
     * @param filledJobs inclusive jobs filled at the latest follow-up recorded (0 before any)
     * @param hoursPerWeek the agreed inclusive jobs' hours a week in all
     * @param filledHoursPerWeek hours a week filled at the latest follow-up (0 before any)
     */
    record Figures(
            long partnershipId,
            long firmOrganisationId,
            long sovOrganisationId,
            short municipalityCode,
            PartnershipModel model,
            LocalDate start,
            @Nullable LocalDate end,
            int agreedJobs,
            int filledJobs,
            int hoursPerWeek,
            int filledHoursPerWeek,
            Set<TargetGroup> targetGroups) {

        public Figures {
            targetGroups = Set.copyOf(targetGroups);
        }
    }

    /** Partnerships whose dates touch {@code from}–{@code to} (both included), oldest start first. */
    List<Figures> partnerships(LocalDate from, LocalDate to);

    /**
     * A partnership with its recorded follow-ups (for the impact pages, issue 17).
     *
     * @param end the last day, or {@code null} until further notice
     * @param followUps the recorded follow-ups, oldest first
     */
    record FollowedUp(
            long partnershipId,
            long firmOrganisationId,
            String firmName,
            long sovOrganisationId,
            String sovName,
            short municipalityCode,
            PartnershipModel model,
            LocalDate start,
            @Nullable LocalDate end,
            List<FollowUpFigures> followUps) {

        public FollowedUp {
            followUps = List.copyOf(followUps);
        }
    }

    /**
     * One recorded follow-up: the inclusive jobs filled and their hours a week in all.
     *
     * @param dueOn the quarter's follow-up date, which the figures describe
     * @param recordedOn the day the consultant recorded them
     */
    record FollowUpFigures(LocalDate dueOn, LocalDate recordedOn, int filledJobs, int filledHoursPerWeek) {}

    /** Partnerships that start on or before {@code until} and have a recorded follow-up, by id. */
    List<FollowedUp> followedUp(LocalDate until);

    /** Ratings 1–5 given by firms at the close of courses closed in the period (for averages in aggregate). */
    List<Integer> courseRatings(LocalDate from, LocalDate to);
}
