package dk.jobandel.members;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations: reading them, their staff changing their profile, and the verification a consultant
 * gives them. Decisions name the version they were based on, so two consultants acting on the same
 * organisation at once never overwrite each other: one wins, the other is told.
 */
@Service
public class Organisations {

    private final OrganisationRepository organisations;
    private final AccountRepository accounts;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Organisations(
            OrganisationRepository organisations,
            AccountRepository accounts,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** A verification decision as the organisation's staff and consultants see it. */
    public record Decision(VerificationStatus decision, String reason, String decidedBy, LocalDateTime decidedAt) {}

    @Transactional(readOnly = true)
    public Optional<Organisation> ofStaffMember(long accountId) {
        // a dashboard's panels each ask for the member's organisation: one read per page (see RequestMemo)
        return dk.jobandel.platform.RequestMemo.get(
                "organisationOfStaffMember." + accountId, () -> organisations.findByStaffAccountId(accountId));
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> byCvr(Cvr cvr) {
        return organisations.findByCvrAndVerificationStatusNot(cvr.digits(), VerificationStatus.REJECTED);
    }

    @Transactional(readOnly = true)
    public Organisation byId(long organisationId) {
        Organisation organisation =
                organisations.findById(organisationId).orElseThrow(() -> new OrganisationNotFound(organisationId));
        organisation.getStaffAccountIds(); // load the staff and owners inside the transaction
        organisation.getOwnerAccountIds();
        return organisation;
    }

    /**
     * The organisations in the same group (koncern) as this one, itself included: those that name the same parent
     * company, the parent itself when it is on Jobandel, and the organisation alone when it belongs to no group. A
     * rejected organisation counts: the hours worked there were worked all the same. One statement.
     */
    @Transactional(readOnly = true)
    public Set<Long> group(long organisationId) {
        return Set.copyOf(
                jdbc.sql("""
                        select other.id from organisation self
                        join organisation other
                          on coalesce(other.group_parent_cvr, other.cvr) = coalesce(self.group_parent_cvr, self.cvr)
                        where self.id = :id
                        """).param("id", organisationId).query(Long.class).list());
    }

    /** Whether the organisation may publish work: only once a consultant has verified it. */
    @Transactional(readOnly = true)
    public boolean isVerified(long organisationId) {
        return organisations
                .findById(organisationId)
                .map(o -> o.getVerificationStatus() == VerificationStatus.VERIFIED)
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public List<Decision> decisions(long organisationId) {
        return jdbc.sql("""
                        select d.decision, d.reason, coalesce(a.display_name, ''), d.decided_at
                        from organisation_decision d left join account a on a.id = d.decided_by
                        where d.organisation_id = :id order by d.decided_at desc, d.id desc
                        """)
                .param("id", organisationId)
                .query((rs, row) -> new Decision(
                        VerificationStatus.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getString(3),
                        LocalDateTime.ofInstant(rs.getTimestamp(4).toInstant(), clock.getZone())))
                .list();
    }

    @Transactional
    public void verify(long organisationId, long consultantAccountId, long basedOnVersion) {
        decide(organisationId, consultantAccountId, basedOnVersion, VerificationStatus.VERIFIED, "");
        events.publishEvent(new OrganisationVerified(organisationId, consultantAccountId));
    }

    @Transactional
    public void reject(long organisationId, long consultantAccountId, long basedOnVersion, String reason) {
        if (reason.isBlank()) {
            throw new IllegalArgumentException("A rejection needs a reason");
        }
        decide(organisationId, consultantAccountId, basedOnVersion, VerificationStatus.REJECTED, reason.strip());
        events.publishEvent(new OrganisationRejected(organisationId, consultantAccountId, reason.strip()));
    }

    /** Used by the demo data, which has no consultant's hand to act with. */
    @Transactional
    public void verify(long organisationId) {
        organisations
                .findById(organisationId)
                .orElseThrow(() -> new OrganisationNotFound(organisationId))
                .verify();
    }

    /**
     * An owner removes a colleague from their organisation (review finding 5: a colleague invited a minute ago
     * removed the founder). Refused for somebody who is not an owner, for somebody who is not a colleague, and
     * when it would leave the organisation without staff or without an owner.
     */
    @Transactional
    public StaffChange removeStaff(long actingAccountId, long colleagueAccountId) {
        Organisation organisation =
                organisations.findByStaffAccountId(actingAccountId).orElseThrow(() -> new OrganisationNotFound(0));
        StaffChange change = organisation.removeStaff(actingAccountId, colleagueAccountId);
        if (change == StaffChange.DONE) {
            flush(organisation);
            events.publishEvent(new StaffRemoved(organisation.getId(), colleagueAccountId, actingAccountId));
        }
        return change;
    }

    /** An owner makes a colleague an owner too. */
    @Transactional
    public StaffChange makeOwner(long actingAccountId, long colleagueAccountId) {
        Organisation organisation =
                organisations.findByStaffAccountId(actingAccountId).orElseThrow(() -> new OrganisationNotFound(0));
        StaffChange change = organisation.makeOwner(actingAccountId, colleagueAccountId);
        if (change == StaffChange.DONE) {
            flush(organisation);
            events.publishEvent(new OwnershipChanged(organisation.getId(), colleagueAccountId, true, actingAccountId));
        }
        return change;
    }

    /** An owner steps down, when another owner remains. */
    @Transactional
    public StaffChange stepDown(long actingAccountId) {
        Organisation organisation =
                organisations.findByStaffAccountId(actingAccountId).orElseThrow(() -> new OrganisationNotFound(0));
        StaffChange change = organisation.stepDown(actingAccountId);
        if (change == StaffChange.DONE) {
            flush(organisation);
            events.publishEvent(new OwnershipChanged(organisation.getId(), actingAccountId, false, actingAccountId));
        }
        return change;
    }

    /**
     * Staff change their organisation's profile; based on an old version it is refused. Only owners change the
     * name or the type, and a verified organisation whose name or type changed goes back to the consultants.
     *
     * @return whether the organisation now awaits verification again
     * @throws OwnersOnly when a staff member who is not an owner changes the name or type
     */
    @Transactional
    public boolean changeProfile(long staffAccountId, long basedOnVersion, OrganisationProfile profile) {
        Organisation organisation =
                organisations.findByStaffAccountId(staffAccountId).orElseThrow(() -> new OrganisationNotFound(0));
        if (organisation.version() != basedOnVersion) {
            throw new OrganisationChanged(organisation.getId());
        }
        String ownersOnly = organisation.ownersOnlyChange(profile);
        if (ownersOnly != null && !organisation.isOwner(staffAccountId)) {
            throw new OwnersOnly(ownersOnly);
        }
        boolean again = ownersOnly != null && organisation.getVerificationStatus() == VerificationStatus.VERIFIED;
        organisation.changeProfile(profile, clock.instant());
        if (again) {
            organisation.awaitVerificationAgain();
        }
        flush(organisation);
        return again;
    }

    private void decide(
            long organisationId,
            long consultantAccountId,
            long basedOnVersion,
            VerificationStatus decision,
            String reason) {
        Organisation organisation =
                organisations.findById(organisationId).orElseThrow(() -> new OrganisationNotFound(organisationId));
        if (organisation.version() != basedOnVersion) {
            throw new OrganisationChanged(organisationId);
        }
        if (decision == VerificationStatus.VERIFIED) {
            // an organisation whose staff have not confirmed any address cannot be verified (issue 13)
            if (!accounts.existsByIdInAndEmailVerifiedAtIsNotNull(organisation.getStaffAccountIds())) {
                throw new OrganisationUnconfirmed(organisationId);
            }
            organisation.verify();
        } else {
            organisation.reject();
        }
        flush(organisation);
        jdbc.sql("""
                        insert into organisation_decision (organisation_id, decision, reason, decided_by, decided_at)
                        values (:organisation, :decision, :reason, :by, :at)
                        """)
                .param("organisation", organisationId)
                .param("decision", decision.name())
                .param("reason", reason)
                .param("by", consultantAccountId)
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    private void flush(Organisation organisation) {
        try {
            organisations.saveAndFlush(organisation);
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new OrganisationChanged(organisation.getId());
        }
    }
}
