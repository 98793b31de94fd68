package dk.jobandel.roles;

import dk.jobandel.advisor.SecureTerms;
import dk.jobandel.advisor.core.Finding;
import dk.jobandel.advisor.core.Score;
import dk.jobandel.members.Organisation;
import dk.jobandel.members.Organisations;
import dk.jobandel.platform.ListPage;
import dk.jobandel.platform.RateLimits;
import dk.jobandel.platform.UsageLimits;
import dk.jobandel.roles.core.RoleRules;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shared roles as their cooperative's staff manage them, and as consultants browse them. Every staff
 * action names the acting account; a role of another organisation reads as not found. Changes name
 * the version they were based on, so concurrent edits are refused, never lost. The façade loads the facts, asks
 * {@link RoleRules}, and writes through {@link RoleStore}; the pages' reads are {@link RoleQueries}.
 */
@Service
public class SharedRoles {

    /** Why publishing was refused when the advisor found terms that must be fixed first. */
    public static final String TERMS_REFUSED = RoleRules.TERMS_REFUSED;

    private final RoleStore store;
    private final RoleQueries queries;
    private final Organisations organisations;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SecureTerms secureTerms;
    private final RateLimits rateLimits;
    private final UsageLimits usageLimits;

    SharedRoles(
            RoleStore store,
            RoleQueries queries,
            Organisations organisations,
            Clock clock,
            ApplicationEventPublisher events,
            SecureTerms secureTerms,
            RateLimits rateLimits,
            UsageLimits usageLimits) {
        this.store = store;
        this.queries = queries;
        this.organisations = organisations;
        this.clock = clock;
        this.events = events;
        this.secureTerms = secureTerms;
        this.rateLimits = rateLimits;
        this.usageLimits = usageLimits;
    }

    /** One change of one field of a published role. */
    public record Change(LocalDateTime at, String by, String field, String oldValue, String newValue) {}

    /** A role in a consultant's list. */
    public record Listed(
            long id,
            String title,
            String organisationName,
            short municipalityCode,
            int sharers,
            RoleStatus status,
            double hours,
            long organisationId) {}

    /** The consultant's filter; empty fields do not filter. */
    public record Filter(
            @Nullable RoleStatus status,
            @Nullable Short municipalityCode,
            @Nullable Short skillId,
            @Nullable Long organisationId) {}

    /** An organisation that has posted roles, for the consultant's filter. */
    public record OrganisationName(long id, String name) {}

    @Transactional(readOnly = true)
    public List<Role> ownRoles(long staffAccountId) {
        return rolesOf(ownOrganisation(staffAccountId).getId());
    }

    /**
     * The roles of an organisation the caller has already found to be the member's own (newest first): the
     * cooperative's list page, which needs the organisation itself too and so looks it up only once.
     */
    @Transactional(readOnly = true)
    public List<Role> rolesOf(long organisationId) {
        return store.ofOrganisation(organisationId).stream()
                .map(SharedRole::snapshot)
                .toList();
    }

    @Transactional(readOnly = true)
    public Role ownRole(long staffAccountId, long roleId) {
        return own(staffAccountId, roleId).snapshot();
    }

    /** Any role, for consultants and admins. */
    @Transactional(readOnly = true)
    public Role role(long roleId) {
        return store.get(roleId).snapshot();
    }

    /**
     * A new draft of the acting member's organisation.
     *
     * @throws RoleLimitReached when the organisation has as many open roles as it may, or made many today
     */
    @Transactional
    public long create(long staffAccountId, RoleDetails details) {
        Organisation organisation = ownOrganisation(staffAccountId);
        withinLimits(organisation.getId());
        SharedRole role = store.insert(new SharedRole(organisation.getId(), details, clock.instant()));
        scored(role);
        return role.id();
    }

    /** Review finding 6: a quota of open roles per organisation, and a daily rate that holds across nodes. */
    private void withinLimits(long organisationId) {
        RoleRules.create(store.openRoles(organisationId), usageLimits.openRolesPerOrganisation())
                .ifPresent(code -> {
                    throw new RoleLimitReached(code);
                });
        if (!rateLimits.tryAcquire(usageLimits.roleCreations(), "organisation:" + organisationId)) {
            throw new RoleLimitReached("role.limit.today");
        }
    }

    /** The advisor's secure-terms score for these details. */
    public Score score(RoleDetails details) {
        return secureTerms.score(details.advisorTerms());
    }

    /** The advisor, for pages that explain a score with the rule book's figures. */
    public SecureTerms advisor() {
        return secureTerms;
    }

    /** The advisor's secure-terms findings for these details, blocking ones first (nothing is saved). */
    public List<Finding> findings(RoleDetails details) {
        return secureTerms.check(details.advisorTerms());
    }

    /** Saves the details; for a role that has been published, each changed field goes into the history. */
    @Transactional
    public void update(long staffAccountId, long roleId, long basedOnVersion, RoleDetails details) {
        SharedRole role = own(staffAccountId, roleId);
        if (role.version() != basedOnVersion) {
            throw new RoleChanged(roleId);
        }
        Map<String, String> before = role.details().asText();
        role.change(details, clock.instant());
        store.flush(role);
        scored(role);
        events.publishEvent(new RoleUpdated(roleId));
        if (RoleRules.keepsHistory(role.status())) {
            Map<String, String> after = details.asText();
            store.recordChanges(
                    roleId, staffAccountId, clock.instant(), RoleRules.changedFields(before, after), before, after);
        }
    }

    /** Moves the role to another status; publishing needs a verified organisation. */
    @Transactional
    public void moveTo(long staffAccountId, long roleId, long basedOnVersion, RoleStatus next) {
        SharedRole role = own(staffAccountId, roleId);
        if (role.version() != basedOnVersion) {
            throw new RoleChanged(roleId);
        }
        if (next == RoleStatus.PUBLISHED) {
            RoleRules.publish(
                            organisations.isVerified(role.organisationId()),
                            !role.details().schedule().isEmpty(),
                            !secureTerms.blocking(role.details().advisorTerms()).isEmpty())
                    .ifPresent(code -> {
                        throw new StatusChangeRefused(code);
                    });
        }
        role.moveTo(next, clock.instant());
        store.flush(role);
        scored(role);
        events.publishEvent(new RoleUpdated(roleId));
    }

    /**
     * Marks a published role as filled because an agreement now covers it (the system acts, not a member); a role in
     * any other status is left as it is.
     */
    @Transactional
    public void filledByAgreement(long roleId) {
        SharedRole role = store.get(roleId);
        if (RoleRules.filledByAgreement(role.status())) {
            role.moveTo(RoleStatus.FILLED, clock.instant());
            store.flush(role);
            events.publishEvent(new RoleUpdated(roleId));
        }
    }

    /** A new draft with the same details, for posting a similar role. */
    @Transactional
    public long duplicate(long staffAccountId, long roleId) {
        SharedRole original = own(staffAccountId, roleId);
        withinLimits(original.organisationId());
        SharedRole copy = store.insert(new SharedRole(original.organisationId(), original.details(), clock.instant()));
        scored(copy);
        return copy.id();
    }

    /** The changes of a published role, oldest first, with who made them: two statements. */
    @Transactional(readOnly = true)
    public List<Change> history(long roleId) {
        return queries.history(roleId);
    }

    /**
     * One page of the roles for consultants: every organisation's, drafts included, newest first, with how many the
     * filter keeps, counted in the same statement; a page past the end is the last page (a second statement counts
     * the roles then).
     */
    @Transactional(readOnly = true)
    public ListPage<Listed> page(Filter filter, int number, int size) {
        return queries.page(filter, number, size);
    }

    /** Roles for consultants: every organisation's, drafts included, newest first; at most 500. */
    @Transactional(readOnly = true)
    public List<Listed> search(Filter filter) {
        return queries.search(filter);
    }

    /** The roles with these ids as lists show them, in id order: one statement. */
    @Transactional(readOnly = true)
    public List<Listed> listed(Collection<Long> roleIds) {
        return queries.listed(roleIds);
    }

    /** Every published role with its skills, for matching: two statements whatever the number of roles. */
    @Transactional(readOnly = true)
    public List<MatchableRole> published() {
        return queries.published();
    }

    @Transactional(readOnly = true)
    public List<OrganisationName> organisationsWithRoles() {
        return queries.organisationsWithRoles();
    }

    private Organisation ownOrganisation(long staffAccountId) {
        return organisations.ofStaffMember(staffAccountId).orElseThrow(() -> new RoleNotFound(0));
    }

    private SharedRole own(long staffAccountId, long roleId) {
        return store.ofOrganisation(ownOrganisation(staffAccountId).getId(), roleId);
    }

    /** Tells the advisor the role's terms as saved, for the organisation's secure-terms score. */
    private void scored(SharedRole role) {
        RoleDetails details = role.details();
        secureTerms.recordRole(
                role.id(),
                role.organisationId(),
                details.title(),
                details.advisorTerms(),
                role.status() != RoleStatus.CLOSED);
    }
}
