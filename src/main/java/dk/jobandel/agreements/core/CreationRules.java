package dk.jobandel.agreements.core;

import dk.jobandel.agreements.Creation.Reason;
import dk.jobandel.agreements.Creation.Refused;
import dk.jobandel.agreements.NewAgreement;
import dk.jobandel.agreements.NewPoolAgreement;
import dk.jobandel.agreements.WorkingTimeRules;
import dk.jobandel.agreements.WorkingTimeRules.Commitment;
import dk.jobandel.agreements.WorkingTimeRules.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The checks an agreement passes before it is made: a pool agreement's parts belong to the pool; every party's time
 * is free (the database says whether it is); and no party breaks a working-time rule ({@link WorkingTimeRules}) across
 * all of their agreements. A refusal names the rule and the first party in the agreement's order who breaks it.
 */
public final class CreationRules {

    private CreationRules() {}

    /**
     * The first part whose need is not the pool's need of the part's organisation, if any.
     *
     * @param owners the organisation that posted each of the pool's needs, by need id (needs of other pools absent)
     */
    public static Optional<NewPoolAgreement.Part> foreignPart(
            List<NewPoolAgreement.Part> parts, Map<Long, Long> owners) {
        for (NewPoolAgreement.Part part : parts) {
            Long owner = owners.get(part.needId());
            if (owner == null || owner != part.organisationId()) {
                return Optional.of(part);
            }
        }
        return Optional.empty();
    }

    /** The refusal when the person's time in the agreement is booked already. */
    public static Refused doubleBooked(long freelancerId, String name) {
        return new Refused(Reason.DOUBLE_BOOKED, freelancerId, name, null, 0);
    }

    /**
     * The first party, in the agreement's order, who would break a working-time rule next to their other agreements.
     *
     * @param others each party's other agreements that touch the dates, by freelancer id (none: absent)
     * @param names each party's name, by freelancer id
     */
    public static Optional<Refused> workingTime(
            List<NewAgreement.Party> parties,
            LocalDate startDate,
            @Nullable LocalDate endDate,
            Map<Long, List<Commitment>> others,
            Map<Long, String> names) {
        for (NewAgreement.Party party : parties) {
            long id = party.freelancerId();
            Optional<Violation> violation = WorkingTimeRules.check(
                    new Commitment(startDate, endDate, party.slots()), others.getOrDefault(id, List.of()));
            if (violation.isPresent()) {
                Violation v = violation.get();
                return Optional.of(
                        new Refused(Reason.valueOf(v.rule().name()), id, names.get(id), v.from(), v.weeklyHours()));
            }
        }
        return Optional.empty();
    }
}
