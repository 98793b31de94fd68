package dk.jobandel.review;

import dk.jobandel.advisor.SecureTerms;
import dk.jobandel.advisor.core.Finding;
import dk.jobandel.advisor.core.Person;
import dk.jobandel.agreements.Bookings;
import dk.jobandel.agreements.WorkingTimeRules;
import dk.jobandel.matching.MatchingProposals.Member;
import dk.jobandel.matching.MatchingProposals.Proposal;
import dk.jobandel.members.Organisations;
import dk.jobandel.roles.Role;
import dk.jobandel.shared.WeekGrid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The advisor's secure-terms findings for a proposal, as the consultant's review page and the parties' offer pages
 * show them: the role's terms, then each person's hours and their week with everything already booked for them
 * during the role's period, checked by the agreements module's {@link WorkingTimeRules} (not a second copy of the
 * rules). The hours each person already works for employers in the role's organisation's group (koncern, as the
 * organisations name their parent company) during the role's period count together with the offered hours.
 */
@Component
public class OfferTerms {

    private final SecureTerms secureTerms;
    private final Bookings bookings;
    private final Organisations organisations;

    OfferTerms(SecureTerms secureTerms, Bookings bookings, Organisations organisations) {
        this.secureTerms = secureTerms;
        this.bookings = bookings;
        this.organisations = organisations;
    }

    /** The findings for the people that {@code shown} admits (a freelancer sees their own; others see everyone). */
    @Transactional(readOnly = true)
    public List<Finding> findings(Role role, Proposal proposal, Map<Long, String> names, LongPredicate shown) {
        var details = role.details();
        Set<Long> shownIds = new HashSet<>();
        for (Member member : proposal.members()) {
            if (shown.test(member.freelancerId())) {
                shownIds.add(member.freelancerId());
            }
        }
        Map<Long, Map<Long, WeekGrid>> booked =
                bookings.bookedSlotsByOrganisationDuring(details.startDate(), details.endDate(), shownIds);
        Set<Long> group = organisations.group(role.organisationId());
        List<Person> people = new ArrayList<>();
        for (Member member : proposal.members()) {
            if (!shown.test(member.freelancerId())) {
                continue;
            }
            WeekGrid everywhere = WeekGrid.EMPTY;
            WeekGrid inGroup = WeekGrid.EMPTY;
            for (var employer :
                    booked.getOrDefault(member.freelancerId(), Map.of()).entrySet()) {
                everywhere = everywhere.union(employer.getValue());
                if (group.contains(employer.getKey())) {
                    inGroup = inGroup.union(employer.getValue());
                }
            }
            WeekGrid week = everywhere.union(member.assigned());
            // the offered half-hours themselves are taken out: once the offer is an agreement they are booked too
            WeekGrid otherGroupHours = inGroup.minus(member.assigned());
            people.add(new Person(
                    names.getOrDefault(member.freelancerId(), "#" + member.freelancerId()),
                    BigDecimal.valueOf(member.halfHours()).divide(BigDecimal.TWO),
                    BigDecimal.valueOf(otherGroupHours.slotCount()).divide(BigDecimal.TWO),
                    workingTime(week)));
        }
        return secureTerms.checkOffer(details.advisorTerms(), people);
    }

    static Person.WorkingTime workingTime(WeekGrid week) {
        if (!WorkingTimeRules.withinWeeklyHours(week)) {
            return Person.WorkingTime.WEEKLY_HOURS;
        }
        if (WorkingTimeRules.dailyRestBreach(week).isPresent()) {
            return Person.WorkingTime.DAILY_REST;
        }
        if (!WorkingTimeRules.hasWeeklyRest(week)) {
            return Person.WorkingTime.WEEKLY_REST;
        }
        return Person.WorkingTime.WITHIN;
    }
}
