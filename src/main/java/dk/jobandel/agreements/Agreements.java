package dk.jobandel.agreements;

import dk.jobandel.agreements.core.AgreementAccess;
import dk.jobandel.agreements.core.CreationRules;
import dk.jobandel.agreements.core.Ending;
import dk.jobandel.audit.AuditTrail;
import dk.jobandel.members.Actor;
import dk.jobandel.members.Organisations;
import dk.jobandel.pools.Pools;
import dk.jobandel.pools.PoolsForAgreements;
import dk.jobandel.roles.Role;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.shared.core.Decision;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreements: making one from what every party accepted, ending one, and reading them for the people in them: the
 * module's façade. An action loads the facts, asks the rules in {@code agreements.core}, stores the change
 * ({@link AgreementStore}, {@link BookingStore}; making one in {@link AgreementCreations}) and records and tells it;
 * the pages' read models come from {@link AgreementQueries}. What it needs of pools comes from
 * {@link PoolsForAgreements} and {@link Pools}: no statement here names a pools table. Who acts, and so whose staff
 * they are, arrives with every call as the members module's {@link Actor}.
 *
 * <p>Making an agreement books each person's half-hours for its dates. The database refuses a booking that overlaps
 * the same person's booked time in overlapping dates (an exclusion constraint, SQLSTATE 23P01), also when two
 * agreements are made at the same moment; that refusal, and a broken working-time rule ({@link WorkingTimeRules}), come
 * back as a {@link Creation.Refused} and leave nothing behind. Agreements for the same person are made one at a time
 * (a transaction-scoped advisory lock per person), so the working-time check always sees every other agreement of
 * that person.
 *
 * <p>Who may see an agreement: its freelancers, its cooperative's staff, consultants and admins. For anybody else it
 * does not exist ({@link AgreementNotFound}). Its freelancers and the cooperative's staff may end it.
 */
@Service
public class Agreements {

    /** The audit trail's subject type of agreements; states are {@link AgreementStatus} names. */
    public static final String SUBJECT_TYPE = "AGREEMENT";

    private final SharedRoles roles;
    private final Pools pools;
    private final PoolsForAgreements poolFacts;
    private final Organisations organisations;
    private final AgreementCreations creations;
    private final AgreementStore store;
    private final BookingStore bookings;
    private final AgreementQueries queries;
    private final AgreementNotices notices;
    private final AuditTrail audit;
    private final Clock clock;

    Agreements(
            SharedRoles roles,
            Pools pools,
            PoolsForAgreements poolFacts,
            Organisations organisations,
            AgreementCreations creations,
            AgreementStore store,
            BookingStore bookings,
            AgreementQueries queries,
            AgreementNotices notices,
            AuditTrail audit,
            Clock clock) {
        this.roles = roles;
        this.pools = pools;
        this.poolFacts = poolFacts;
        this.organisations = organisations;
        this.creations = creations;
        this.store = store;
        this.bookings = bookings;
        this.queries = queries;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Makes the agreement with the role's terms as they are now, books every party's time and records the creation in
     * the audit trail; or refuses it, when a party's time is booked already or a working-time rule would break, and
     * then leaves the database as it was. Joins the caller's transaction: a refusal rolls back only what this method
     * did (to a savepoint) and throws nothing, so the caller's own work can still commit.
     *
     * @throws dk.jobandel.roles.RoleNotFound if the role does not exist
     * @throws IllegalArgumentException if a party is not a freelancer's account
     */
    @Transactional
    public Creation create(NewAgreement request) {
        Role role = roles.role(request.roleId());
        String collectiveAgreementName =
                organisations.byId(role.organisationId()).profile().collectiveAgreementName();
        Terms terms = Terms.ofRole(role.details(), collectiveAgreementName);
        Draft draft = new Draft(
                role.id(),
                null,
                role.organisationId(),
                request.proposalId(),
                request.startDate(),
                request.endDate(),
                terms,
                request.parties(),
                request.actorId());
        return creations.make(draft, agreementId -> {});
    }

    /**
     * Makes a pool agreement: the worker is employed by the pool's host (the employer of record) on the pool's terms
     * as they are now (its name as the title, its municipality, on site, hourly pay at the pool's wage and pension, no
     * collective agreement named); the union of the parts' windows is booked for the worker and each member's part is
     * recorded. Refuses it like {@link #create}: when the worker's time is booked already ({@code DOUBLE_BOOKED}) or a
     * working-time rule would break across all of the worker's agreements (checked on the whole reserved windows),
     * and then leaves the database as it was; joins the caller's transaction in the same way. Does not mark the needs
     * filled: that is the caller's business ({@code Pools.markFilled}).
     *
     * @throws dk.jobandel.pools.PoolNotFound if the pool does not exist
     * @throws IllegalArgumentException if the worker is not a freelancer's account, or a part's need is not the pool's
     *     need of that organisation
     */
    @Transactional
    public Creation createForPool(NewPoolAgreement request) {
        Pools.Pool pool = pools.pool(request.poolId());
        List<Long> needs =
                request.parts().stream().map(NewPoolAgreement.Part::needId).toList();
        CreationRules.foreignPart(request.parts(), poolFacts.needOwners(request.poolId(), needs))
                .ifPresent(part -> {
                    throw new IllegalArgumentException("Need " + part.needId() + " is not pool " + request.poolId()
                            + "'s need of organisation " + part.organisationId());
                });
        Terms terms = Terms.ofPool(pool);
        Draft draft = new Draft(
                null,
                pool.id(),
                pool.hostOrganisationId(),
                request.proposalId(),
                request.startDate(),
                request.endDate(),
                terms,
                List.of(new NewAgreement.Party(request.freelancerId(), request.slots())),
                request.actorId());
        return creations.make(draft, agreementId -> store.insertParts(agreementId, request.parts()));
    }

    /**
     * Ends the agreement after {@code lastDay}: its status becomes {@link AgreementStatus#ENDED} and every booking
     * stops after that day. Either side may end it: one of its freelancers or the cooperative's staff.
     *
     * @param basedOnVersion the version the member saw; a different one means somebody changed it in between
     * @param reason what the member wrote, for the audit trail; may be blank
     * @throws AgreementNotFound if there is no such agreement or the member may not end it
     * @throws AgreementChanged if it changed since {@code basedOnVersion}
     * @throws EndRefused if {@code lastDay} is before today, before the start, or after an end already agreed
     */
    @Transactional
    public void end(long agreementId, long basedOnVersion, Actor actor, LocalDate lastDay, @Nullable String reason) {
        long actorId = actor.accountId();
        var current = store.endFacts(agreementId, actorId).orElseThrow(() -> new AgreementNotFound(agreementId));
        boolean staff = !current.party() && actor.isStaffOf(current.organisationId());
        if (!AgreementAccess.ends(current.party(), staff).allowed()) {
            throw new AgreementNotFound(agreementId);
        }
        Decision decision = Ending.end(
                current.status(),
                current.version(),
                basedOnVersion,
                current.startDate(),
                current.endDate(),
                lastDay,
                LocalDate.now(clock));
        switch (decision.kind()) {
            case CHANGED -> throw new AgreementChanged(agreementId);
            case REFUSED -> throw new EndRefused(java.util.Objects.requireNonNull(decision.code()));
            case HIDDEN -> throw new AgreementNotFound(agreementId);
            case ALLOWED -> {}
        }
        if (!store.markEnded(agreementId, basedOnVersion, lastDay, clock.instant())) {
            throw new AgreementChanged(agreementId);
        }
        bookings.stopAfter(agreementId, lastDay);
        audit.record(
                SUBJECT_TYPE,
                agreementId,
                AgreementStatus.ACTIVE.name(),
                AgreementStatus.ENDED.name(),
                actorId,
                reason);
        notices.ends(agreementId, actorId, lastDay);
    }

    /**
     * The agreement, for one of its freelancers, its cooperative's staff, a consultant or an admin; a pool agreement
     * also for the staff of each member organisation with a part in it. Six statements, eight for a pool agreement.
     *
     * @throws AgreementNotFound for anybody else, or when there is no such agreement
     */
    @Transactional(readOnly = true)
    public Agreement byId(long agreementId, Actor viewer) {
        var loaded = queries.byId(agreementId, viewer).orElseThrow(() -> new AgreementNotFound(agreementId));
        Agreement agreement = loaded.agreement();
        long viewerId = viewer.accountId();
        Decision sees = AgreementAccess.sees(
                agreement.isParty(viewerId),
                agreement.isStaff(viewerId),
                loaded.viewerIsMemberStaff(),
                viewer.consultant());
        if (!sees.allowed()) {
            throw new AgreementNotFound(agreementId);
        }
        return agreement;
    }

    /**
     * A freelancer's agreements, newest start first, with their own weekly hours: for the freelancer, consultants and
     * admins. One statement.
     *
     * @throws AgreementNotFound for any other viewer
     */
    @Transactional(readOnly = true)
    public List<AgreementSummary> forFreelancer(long freelancerId, Actor viewer) {
        if (!AgreementAccess.seesFreelancer(viewer.accountId(), freelancerId, viewer.consultant())
                .allowed()) {
            throw new AgreementNotFound(0);
        }
        return queries.forFreelancer(freelancerId);
    }

    /**
     * An organisation's agreements, newest start first, with everybody's weekly hours together: for its staff,
     * consultants and admins. Pool agreements count for their host (all parts' hours) and for each member with a part
     * in them (its own parts' hours). Two statements.
     *
     * @throws AgreementNotFound for any other viewer
     */
    @Transactional(readOnly = true)
    public List<AgreementSummary> forOrganisation(long organisationId, Actor viewer) {
        if (!AgreementAccess.seesOrganisation(viewer.isStaffOf(organisationId), viewer.consultant())
                .allowed()) {
            throw new AgreementNotFound(0);
        }
        return queries.forOrganisation(organisationId);
    }

    /**
     * What the pool's agreements used in the month, for its statement (see {@link PoolMonth}): for the host's staff,
     * consultants and admins all of it; for the staff of a member (approved, or with a part in one of the pool's
     * agreements) all of it too, since a fair split needs everybody's hours, but marked with their organisation so
     * that only its shares are shown. Ended agreements count for the days they ran. Up to eight statements.
     *
     * @throws dk.jobandel.pools.PoolNotFound when there is no such pool
     * @throws AgreementNotFound for anybody else (as for agreements they may not see)
     */
    @Transactional(readOnly = true)
    public PoolMonth poolMonth(long poolId, YearMonth month, Actor viewer) {
        Pools.Pool pool = pools.pool(poolId);
        AgreementAccess.MonthReader reader;
        if (viewer.consultant()) {
            reader = AgreementAccess.readsPoolMonth(true, null, pool.hostOrganisationId(), false);
        } else {
            Long staffOf = viewer.organisationId();
            boolean member = staffOf != null
                    && staffOf != pool.hostOrganisationId()
                    && (queries.hasPart(poolId, staffOf) || poolFacts.isApprovedMember(poolId, staffOf));
            reader = AgreementAccess.readsPoolMonth(false, staffOf, pool.hostOrganisationId(), member);
        }
        if (!reader.decision().allowed()) {
            throw new AgreementNotFound(0);
        }
        return new PoolMonth(
                pool.id(),
                pool.name(),
                pool.hostName(),
                pool.feePercent(),
                month,
                reader.organisationId(),
                queries.monthWork(poolId, month));
    }

    /** The agreement made from a proposal, if one was. */
    @Transactional(readOnly = true)
    public Optional<Long> idForProposal(long proposalId) {
        return store.idForProposal(proposalId);
    }
}
