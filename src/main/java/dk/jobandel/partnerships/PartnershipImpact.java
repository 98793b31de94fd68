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

    /** Ratings 1–5 given by firms at the close of courses closed in the period (for averages in aggregate). */
    List<Integer> courseRatings(LocalDate from, LocalDate to);
}
