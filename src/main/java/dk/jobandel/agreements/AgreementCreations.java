package dk.jobandel.agreements;

import dk.jobandel.agreements.Creation.Created;
import dk.jobandel.agreements.Creation.Refused;
import dk.jobandel.agreements.WorkingTimeRules.Commitment;
import dk.jobandel.agreements.core.BookingRules;
import dk.jobandel.agreements.core.CreationRules;
import dk.jobandel.audit.AuditTrail;
import dk.jobandel.members.MemberDirectory;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Component;

/**
 * The steps every agreement goes through: lock its people, insert it and its parties, let the kind add what belongs
 * to it, book everybody's time, check the working-time rules ({@link CreationRules}) and record it; or undo all of it
 * to the savepoint and say why. Runs in the façade's transaction.
 */
@Component
class AgreementCreations {

    private final AgreementStore agreements;
    private final BookingStore bookings;
    private final MemberDirectory directory;
    private final AuditTrail audit;
    private final Clock clock;

    AgreementCreations(
            AgreementStore agreements,
            BookingStore bookings,
            MemberDirectory directory,
            AuditTrail audit,
            Clock clock) {
        this.agreements = agreements;
        this.bookings = bookings;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Makes the agreement, or refuses it and leaves the database as it was (to a savepoint of the caller's
     * transaction).
     *
     * @param details adds what belongs to the agreement's kind, given its id
     * @throws IllegalArgumentException if a party is not a freelancer's account
     */
    Creation make(Draft draft, LongConsumer details) {
        Map<Long, String> names = new HashMap<>();
        for (NewAgreement.Party party : draft.parties()) {
            long id = party.freelancerId();
            names.put(
                    id,
                    directory
                            .freelancer(id)
                            .orElseThrow(() -> new IllegalArgumentException("Account " + id + " is not a freelancer"))
                            .displayName());
        }

        agreements.savepoint();
        List<Long> people =
                draft.parties().stream().map(NewAgreement.Party::freelancerId).toList();
        for (long person : BookingRules.lockOrder(people)) {
            agreements.lockPerson(person);
        }
        long agreementId = agreements.insert(draft, clock.instant());
        int position = 0;
        for (NewAgreement.Party party : draft.parties()) {
            agreements.insertParty(agreementId, party, position++);
        }
        details.accept(agreementId);
        for (NewAgreement.Party party : draft.parties()) {
            long id = party.freelancerId();
            if (!bookings.book(agreementId, id, draft.startDate(), draft.endDate(), party.slots())) {
                agreements.undo();
                return CreationRules.doubleBooked(id, names.get(id));
            }
        }
        Map<Long, List<Commitment>> others = agreements.commitments(agreementId, draft);
        Optional<Refused> refused =
                CreationRules.workingTime(draft.parties(), draft.startDate(), draft.endDate(), others, names);
        if (refused.isPresent()) {
            agreements.undo();
            return refused.get();
        }
        audit.record(Agreements.SUBJECT_TYPE, agreementId, null, AgreementStatus.ACTIVE.name(), draft.actorId(), null);
        agreements.release();
        return new Created(agreementId);
    }
}
