package dk.jobandel.review;

import dk.jobandel.agreements.Bookings;
import dk.jobandel.audit.AuditTrail;
import dk.jobandel.freelancers.FreelancerProfiles;
import dk.jobandel.freelancers.Profile;
import dk.jobandel.matching.MatchingProposals;
import dk.jobandel.matching.MatchingProposals.Kind;
import dk.jobandel.matching.MatchingProposals.Proposal;
import dk.jobandel.matching.MatchingSnapshots;
import dk.jobandel.members.Actor;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.roles.Role;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.shared.WeekGrid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultants' decisions on proposals (the queue they choose from is {@link ReviewQueue}). Approving
 * sends the offers ({@link Offers}); rejecting needs a reason. When two consultants act on the same
 * proposal at once, the first wins and the other is told ({@link ReviewRefused} with
 * {@code review.changed}); nothing is half done.
 */
@Service
public class Reviews {

    /** The audit trail's name for proposals. */
    public static final String PROPOSAL = "PROPOSAL";

    static final int QUEUE_LIMIT = 200;

    private final MatchingProposals proposals;
    private final SharedRoles roles;
    private final FreelancerProfiles profiles;
    private final Offers offers;
    private final AuditTrail audit;
    private final Bookings bookings;
    private final Clock clock;

    Reviews(
            MatchingProposals proposals,
            SharedRoles roles,
            FreelancerProfiles profiles,
            Offers offers,
            AuditTrail audit,
            Bookings bookings,
            Clock clock) {
        this.proposals = proposals;
        this.roles = roles;
        this.profiles = profiles;
        this.offers = offers;
        this.audit = audit;
        this.bookings = bookings;
        this.clock = clock;
    }

    /**
     * Whether the member reviews proposals: consultants and admins, whom the route {@code /consultant/review} lets in
     * (the header shows them how many proposals wait).
     */
    public static boolean reviewer(SignedInMember member) {
        return member.consultant();
    }

    /** A team or single proposal, whatever its status. */
    @Transactional(readOnly = true)
    public Proposal proposal(long proposalId) {
        return proposals
                .byId(proposalId)
                .filter(p -> p.kind() != Kind.CANDIDATE)
                .orElseThrow(ReviewNotFound::new);
    }

    /** The status of a proposal as review knows it. */
    public static ReviewStatus statusOf(Proposal proposal) {
        return ReviewStatus.valueOf(proposal.reviewStatus());
    }

    /**
     * The people of a proposal as the split rules need them: what they are free for now (their availability
     * without what is already booked) and the fewest and most hours they want.
     */
    @Transactional(readOnly = true)
    public List<SplitCheck.Person> people(Proposal proposal, Map<Long, String> names) {
        Map<Long, WeekGrid> booked = bookings.bookedSlotsDuring(
                java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/Copenhagen")), null);
        List<SplitCheck.Person> people = new ArrayList<>();
        for (MatchingProposals.Member member : proposal.members()) {
            Profile profile = profiles.profileOf(member.freelancerId());
            Integer min = profile.basics().desiredHoursMin();
            Integer max = profile.basics().desiredHoursMax();
            people.add(new SplitCheck.Person(
                    member.freelancerId(),
                    names.getOrDefault(member.freelancerId(), "#" + member.freelancerId()),
                    profile.availability().minus(booked.getOrDefault(member.freelancerId(), WeekGrid.EMPTY)),
                    min == null ? 0 : min * 2,
                    max == null ? WeekGrid.SLOTS : max * 2));
        }
        return people;
    }

    /**
     * Approves the proposal and sends the offers, optionally with a consultant's own split of the slots (one
     * grid per member, in member order), which must keep every hard rule.
     *
     * @throws ReviewRefused when it is no longer awaiting review or changed since {@code version}
     * @throws SplitRefused when the adjusted split breaks a rule; nothing was changed
     */
    @Transactional
    public void approve(
            long proposalId,
            long version,
            Actor reviewer,
            @Nullable List<WeekGrid> adjustedSplit,
            Map<Long, String> names) {
        long consultantId = reviewerId(reviewer);
        Proposal proposal = decidable(proposalId, version);
        if (adjustedSplit != null && !adjustedSplit.equals(assigned(proposal))) {
            Role role = roles.role(proposal.roleId());
            List<SplitCheck.Problem> problems = SplitCheck.check(
                    role.details().schedule(), handoverHalfHours(role), people(proposal, names), adjustedSplit);
            if (!problems.isEmpty()) {
                throw new SplitRefused(problems);
            }
            if (!proposals.changeSplit(proposalId, version, adjustedSplit)) {
                throw new ReviewRefused("review.changed");
            }
            audit.record(PROPOSAL, proposalId, ReviewStatus.UNREVIEWED.name(), "SPLIT_ADJUSTED", consultantId, null);
            version++;
            proposal = proposals.byId(proposalId).orElseThrow();
        }
        move(proposal, version, ReviewStatus.OFFERED, consultantId, null);
        offers.send(proposal, roles.role(proposal.roleId()), consultantId);
    }

    /**
     * Rejects the proposal with the consultant's reason, and remembers it so that matching does not propose the
     * same again unchanged.
     *
     * @throws IllegalArgumentException when the reason is blank (the form checks it first)
     * @throws ReviewRefused when it is no longer awaiting review or changed since {@code version}
     */
    @Transactional
    public void reject(long proposalId, long version, Actor reviewer, String reason) {
        long consultantId = reviewerId(reviewer);
        if (reason.isBlank()) {
            throw new IllegalArgumentException("A rejection needs a reason");
        }
        Proposal proposal = decidable(proposalId, version);
        move(proposal, version, ReviewStatus.REJECTED, consultantId, reason);
        proposals.rememberRefusal(proposal, clock.instant());
    }

    /**
     * The account that decides, when it may: consultants and admins review proposals (the route lets no one else in;
     * anyone else is told there is no such proposal).
     */
    static long reviewerId(Actor reviewer) {
        if (!reviewer.consultant()) {
            throw new ReviewNotFound();
        }
        return reviewer.accountId();
    }

    /** The wanted handover overlap in half-hours, as matching uses it. */
    static int handoverHalfHours(Role role) {
        return MatchingSnapshots.handoverHalfHours(
                role.details().sharers(), role.details().handoverMinutes());
    }

    private Proposal decidable(long proposalId, long version) {
        Proposal proposal = proposal(proposalId);
        if (statusOf(proposal) != ReviewStatus.UNREVIEWED || proposal.version() != version) {
            throw new ReviewRefused("review.changed");
        }
        return proposal;
    }

    private void move(Proposal proposal, long version, ReviewStatus next, long actorId, @Nullable String reason) {
        ReviewStatus current = statusOf(proposal);
        if (!current.canMoveTo(next)) {
            throw new ReviewRefused("review.changed");
        }
        if (!proposals.markReviewed(proposal.id(), version, current.stored(), next.stored())) {
            throw new ReviewRefused("review.changed");
        }
        audit.record(PROPOSAL, proposal.id(), current.name(), next.name(), actorId, reason);
    }

    private static List<WeekGrid> assigned(Proposal proposal) {
        return proposal.members().stream()
                .map(MatchingProposals.Member::assigned)
                .toList();
    }
}
