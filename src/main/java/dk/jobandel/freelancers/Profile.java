package dk.jobandel.freelancers;

import dk.jobandel.shared.WeekGrid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A freelancer's profile as read for a page: an immutable snapshot with its version for optimistic locking. */
public record Profile(
        long accountId,
        long version,
        Basics basics,
        List<HeldSkill> skills,
        WeekGrid availability,
        @Nullable List<Integer> workStyle,
        @Nullable Situation situation,
        Instant updatedAt) {

    /** Where, when and how much the person wants to work. */
    public record Basics(
            @Nullable Short municipalityCode,
            @Nullable Integer travelKm,
            boolean worksOnSite,
            boolean worksHybrid,
            boolean worksRemote,
            @Nullable Integer desiredHoursMin,
            @Nullable Integer desiredHoursMax,
            @Nullable LocalDate availableFrom,
            @Nullable LocalDate availableUntil,
            List<String> languages,
            boolean wantsJobShare,
            boolean wantsPool) {

        boolean isComplete() {
            return municipalityCode != null
                    && desiredHoursMin != null
                    && desiredHoursMax != null
                    && availableFrom != null
                    && (worksOnSite || worksHybrid || worksRemote)
                    && (wantsJobShare || wantsPool);
        }
    }

    /** Facts the person chose to share, with the moment they consented. */
    public record Situation(
            Instant consentAt,
            boolean lacksPension,
            boolean lacksHolidayPay,
            boolean akasseMember,
            boolean flexjobEligible) {}

    public Completeness completeness() {
        var missing = new java.util.ArrayList<Completeness.Part>();
        if (!basics.isComplete()) {
            missing.add(Completeness.Part.BASICS);
        }
        if (skills.isEmpty()) {
            missing.add(Completeness.Part.SKILLS);
        }
        if (availability.isEmpty()) {
            missing.add(Completeness.Part.AVAILABILITY);
        }
        if (workStyle == null) {
            missing.add(Completeness.Part.WORK_STYLE);
        }
        return new Completeness(List.copyOf(missing));
    }

    public int level(short skillId) {
        return skills.stream()
                .filter(s -> s.skillId() == skillId)
                .mapToInt(HeldSkill::level)
                .findFirst()
                .orElse(0);
    }
}
