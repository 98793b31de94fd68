package dk.jobandel.pools.core;

import dk.jobandel.pools.NeedDetails;
import dk.jobandel.pools.NeedSkill;
import dk.jobandel.pools.NeedStatus;
import dk.jobandel.shared.core.Decision;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rules of a member's need, and of changing it: a need is changed only while open, and withdrawn while open or
 * filled.
 */
public final class NeedRules {

    private NeedRules() {}

    /**
     * The rules a need breaks, each with the field to change; empty when the need is fine. The predicates say which
     * municipality codes and skill ids exist.
     */
    public static List<NeedDetails.Problem> check(
            NeedDetails need, Predicate<Short> municipalityKnown, Predicate<Short> skillKnown) {
        List<NeedDetails.Problem> problems = new ArrayList<>();
        if (need.title().isBlank() || need.title().strip().length() > 120) {
            problems.add(new NeedDetails.Problem("title", "pool.need.title.invalid"));
        }
        if (need.schedule().isEmpty()) {
            problems.add(new NeedDetails.Problem("day0", "pool.need.schedule.empty"));
        }
        BigDecimal hours = need.hoursPerWeek();
        if (hours == null || hours.signum() <= 0) {
            problems.add(new NeedDetails.Problem("hoursPerWeek", "pool.need.hours.positive"));
        } else if (hours.doubleValue() > need.schedule().hours()
                && !need.schedule().isEmpty()) {
            problems.add(new NeedDetails.Problem(
                    "hoursPerWeek",
                    "pool.need.hours.aboveSchedule",
                    formatHours(need.schedule().hours())));
        }
        if (!need.remote()) {
            if (need.municipalityCode() == null) {
                problems.add(new NeedDetails.Problem("municipalityCode", "pool.need.place.required"));
            } else if (!municipalityKnown.test(need.municipalityCode())) {
                problems.add(new NeedDetails.Problem("municipalityCode", "registration.municipality.unknown"));
            }
        }
        if (need.startDate() == null) {
            problems.add(new NeedDetails.Problem("startDate", "pool.need.start.required"));
        } else if (need.endDate() != null && need.endDate().isBefore(need.startDate())) {
            problems.add(new NeedDetails.Problem("endDate", "profile.period.endBeforeStart"));
        }
        Set<Short> seen = new HashSet<>();
        for (NeedSkill skill : need.skills()) {
            if (!skillKnown.test(skill.skillId()) || !seen.add(skill.skillId())) {
                problems.add(new NeedDetails.Problem("skills", "role.skills.duplicate"));
            } else if (skill.minLevel() < 1 || skill.minLevel() > 3) {
                problems.add(new NeedDetails.Problem("skills", "profile.skills.level"));
            }
        }
        return problems;
    }

    /** Hours as the page writes them: whole hours without decimals, else with a decimal comma. */
    static String formatHours(double hours) {
        return hours == Math.rint(hours)
                ? String.valueOf((long) hours)
                : String.valueOf(hours).replace('.', ',');
    }

    /** A need may be saved when it breaks no rule; else the first broken rule is the refusal. */
    public static Decision valid(List<NeedDetails.Problem> problems) {
        return problems.isEmpty()
                ? Decision.ALLOWED
                : Decision.refused(problems.getFirst().code());
    }

    /** Changing a need: only while it is open. */
    public static Decision change(NeedStatus current) {
        return current == NeedStatus.OPEN ? Decision.ALLOWED : Decision.refused("pool.need.notOpen");
    }

    /** Withdrawing a need: while it is open or filled. */
    public static Decision withdraw(NeedStatus current) {
        return current == NeedStatus.WITHDRAWN ? Decision.refused("pool.need.notOpen") : Decision.ALLOWED;
    }
}
