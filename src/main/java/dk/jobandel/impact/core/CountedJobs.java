package dk.jobandel.impact.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Jobs known only as counts over time: a partnership's quarterly follow-ups ("3 inclusive jobs filled, 60 hours a
 * week") or a procurement clause's period reports ("4 people from the target groups employed"). Each job becomes the
 * placement of an unnamed person, so the figures, breakdowns and disclosure control treat it like any other.
 *
 * <p>Without over-claiming: the {@code i}-th job exists from the first count that reaches {@code i} (a job is known
 * only from the day it was counted, never from the start of the quarter before), and it ends on the last count that
 * still reached {@code i} when a later count is lower. A job still counted at the latest count runs until the
 * instrument's last day (or until further notice), as an agreement does until it is ended. A job that disappears and
 * comes back is a new job (most likely another person). Its hours a week are those of the count that first found it.
 */
public final class CountedJobs {

    /** At most this many jobs are read from one count (a typing error of 100,000 must not flood the figures). */
    public static final int MAX_JOBS = 999;

    private CountedJobs() {}

    /**
     * One count.
     *
     * @param on the day the count describes: the end of the period it covers, or the day it was given if earlier
     * @param jobs the jobs filled on that day
     * @param halfHoursPerJob the half-hours a week of one job, 0 when not known (then it is never secure work)
     */
    public record Count(LocalDate on, int jobs, int halfHoursPerJob) {}

    /**
     * What the jobs of one instrument share.
     *
     * @param key names the instrument across sources, e.g. {@code "PS-7"}; a job's agreement key adds its number
     * @param personSeed a number no other instrument of any source uses (the unnamed people's ids are made from it)
     * @param lastDay the instrument's last day, {@code null} until further notice
     * @param inclusive whether its jobs are inclusive jobs for people outside the labour market
     */
    public record Instrument(
            String key,
            long personSeed,
            Kind kind,
            long organisationId,
            String organisationName,
            Set<Long> organisationIds,
            short municipalityCode,
            short regionCode,
            @Nullable LocalDate lastDay,
            boolean inclusive) {}

    /** An unnamed person's id: negative, so it never meets a member's account id. */
    public static long unnamedPerson(long personSeed, int job) {
        return -(personSeed * 1_000_000L + job);
    }

    public static List<Placement> placements(Instrument instrument, List<Count> counts) {
        List<Count> sorted =
                counts.stream().sorted(Comparator.comparing(Count::on)).toList();
        int most = sorted.stream().mapToInt(Count::jobs).max().orElse(0);
        most = Math.min(most, MAX_JOBS);
        List<Placement> placements = new ArrayList<>();
        int job = 0;
        for (int i = 1; i <= most; i++) {
            int runStart = -1;
            for (int k = 0; k <= sorted.size(); k++) {
                boolean filled = k < sorted.size() && sorted.get(k).jobs() >= i;
                if (filled && runStart < 0) {
                    runStart = k;
                } else if (!filled && runStart >= 0) {
                    Count first = sorted.get(runStart);
                    LocalDate lastDay = k == sorted.size()
                            ? instrument.lastDay()
                            : sorted.get(k - 1).on();
                    if (lastDay != null && lastDay.isBefore(first.on())) {
                        lastDay = first.on();
                    }
                    placements.add(new Placement(
                            instrument.key() + "-" + (++job),
                            unnamedPerson(instrument.personSeed(), job),
                            instrument.kind(),
                            Contract.EMPLOYMENT,
                            instrument.organisationId(),
                            instrument.organisationName(),
                            instrument.organisationIds(),
                            instrument.municipalityCode(),
                            instrument.regionCode(),
                            first.on(),
                            lastDay,
                            first.halfHoursPerJob(),
                            null,
                            instrument.inclusive()));
                    runStart = -1;
                }
            }
        }
        return placements;
    }
}
