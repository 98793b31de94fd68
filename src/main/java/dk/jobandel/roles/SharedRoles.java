package dk.jobandel.roles;

import dk.jobandel.advisor.SecureTerms;
import dk.jobandel.advisor.core.Finding;
import dk.jobandel.advisor.core.Score;
import dk.jobandel.members.MemberLookups;
import dk.jobandel.members.Organisation;
import dk.jobandel.members.Organisations;
import dk.jobandel.platform.ListPage;
import dk.jobandel.platform.RateLimits;
import dk.jobandel.platform.UsageLimits;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shared roles as their cooperative's staff manage them, and as consultants browse them. Every staff
 * action names the acting account; a role of another organisation reads as not found. Changes name
 * the version they were based on, so concurrent edits are refused, never lost.
 */
@Service
public class SharedRoles {

    /** Why publishing was refused when the advisor found terms that must be fixed first. */
    public static final String TERMS_REFUSED = "advisor.findings.blocked";

    private final SharedRoleRepository roles;
    private final Organisations organisations;
    private final MemberLookups members;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SecureTerms secureTerms;

    private final RateLimits rateLimits;
    private final UsageLimits usageLimits;

    SharedRoles(
            SharedRoleRepository roles,
            Organisations organisations,
            MemberLookups members,
            JdbcClient jdbc,
            Clock clock,
            ApplicationEventPublisher events,
            SecureTerms secureTerms,
            RateLimits rateLimits,
            UsageLimits usageLimits) {
        this.secureTerms = secureTerms;
        this.rateLimits = rateLimits;
        this.usageLimits = usageLimits;
        this.roles = roles;
        this.organisations = organisations;
        this.members = members;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
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

    @Transactional(readOnly = true)
    public List<Role> ownRoles(long staffAccountId) {
        return roles
                .findByOrganisationIdOrderByCreatedAtDesc(
                        ownOrganisation(staffAccountId).getId())
                .stream()
                .map(SharedRole::snapshot)
                .toList();
    }

    /**
     * The roles of an organisation the caller has already found to be the member's own (newest first): the
     * cooperative's list page, which needs the organisation itself too and so looks it up only once.
     */
    @Transactional(readOnly = true)
    public List<Role> rolesOf(long organisationId) {
        return roles.findByOrganisationIdOrderByCreatedAtDesc(organisationId).stream()
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
        return roles.findById(roleId)
                .orElseThrow(() -> new RoleNotFound(roleId))
                .snapshot();
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
        SharedRole role = roles.saveAndFlush(new SharedRole(organisation.getId(), details, clock.instant()));
        scored(role);
        return role.id();
    }

    /** Review finding 6: a quota of open roles per organisation, and a daily rate that holds across nodes. */
    private void withinLimits(long organisationId) {
        int open = jdbc.sql("""
                        select count(*) from shared_role
                        where organisation_id = :organisation and status in ('DRAFT', 'PUBLISHED')
                        """)
                .param("organisation", organisationId)
                .query(Integer.class)
                .single();
        if (open >= usageLimits.openRolesPerOrganisation()) {
            throw new RoleLimitReached("role.limit.open");
        }
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
        flush(role);
        scored(role);
        events.publishEvent(new RoleUpdated(roleId));
        if (role.status() != RoleStatus.DRAFT) {
            record(roleId, staffAccountId, before, details.asText());
        }
    }

    /** Moves the role to another status; publishing needs a verified organisation. */
    @Transactional
    public void moveTo(long staffAccountId, long roleId, long basedOnVersion, RoleStatus next) {
        SharedRole role = own(staffAccountId, roleId);
        if (role.version() != basedOnVersion) {
            throw new RoleChanged(roleId);
        }
        if (next == RoleStatus.PUBLISHED && !organisations.isVerified(role.organisationId())) {
            throw new StatusChangeRefused("role.publish.notVerified");
        }
        if (next == RoleStatus.PUBLISHED && role.details().schedule().isEmpty()) {
            throw new StatusChangeRefused("role.publish.noSchedule");
        }
        if (next == RoleStatus.PUBLISHED
                && !secureTerms.blocking(role.details().advisorTerms()).isEmpty()) {
            throw new StatusChangeRefused(TERMS_REFUSED);
        }
        role.moveTo(next, clock.instant());
        flush(role);
        scored(role);
        events.publishEvent(new RoleUpdated(roleId));
    }

    /**
     * Marks a published role as filled because an agreement now covers it (the system acts, not a member); a role in
     * any other status is left as it is.
     */
    @Transactional
    public void filledByAgreement(long roleId) {
        SharedRole role = roles.findById(roleId).orElseThrow(() -> new RoleNotFound(roleId));
        if (role.status() == RoleStatus.PUBLISHED) {
            role.moveTo(RoleStatus.FILLED, clock.instant());
            flush(role);
            events.publishEvent(new RoleUpdated(roleId));
        }
    }

    /** A new draft with the same details, for posting a similar role. */
    @Transactional
    public long duplicate(long staffAccountId, long roleId) {
        SharedRole original = own(staffAccountId, roleId);
        withinLimits(original.organisationId());
        SharedRole copy =
                roles.saveAndFlush(new SharedRole(original.organisationId(), original.details(), clock.instant()));
        scored(copy);
        return copy.id();
    }

    /** The changes of a published role, oldest first, with who made them: two statements. */
    @Transactional(readOnly = true)
    public List<Change> history(long roleId) {
        record Row(LocalDateTime at, @Nullable Long by, String field, String oldValue, String newValue) {}
        List<Row> rows = jdbc.sql("""
                        select c.changed_at, c.changed_by, c.field, c.old_value, c.new_value
                        from shared_role_change c
                        where c.role_id = :role order by c.changed_at, c.id
                        """)
                .param("role", roleId)
                .query((rs, row) -> new Row(
                        LocalDateTime.ofInstant(rs.getTimestamp(1).toInstant(), clock.getZone()),
                        rs.getObject(2, Long.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
        Set<Long> authors = new HashSet<>();
        rows.forEach(r -> {
            if (r.by() != null) {
                authors.add(r.by());
            }
        });
        Map<Long, String> names = authors.isEmpty() ? Map.of() : members.displayNames(authors);
        return rows.stream()
                .map(r -> new Change(
                        r.at(),
                        r.by() == null ? "" : names.getOrDefault(r.by(), ""),
                        r.field(),
                        r.oldValue(),
                        r.newValue()))
                .toList();
    }

    /**
     * One page of the roles for consultants: every organisation's, drafts included, newest first, with how many the
     * filter keeps, counted in the same statement; a page past the end is the last page (a second statement counts
     * the roles then).
     */
    @Transactional(readOnly = true)
    public ListPage<Listed> page(Filter filter, int number, int size) {
        List<Map.Entry<Listed, Long>> rows = jdbc.sql("""
                        select r.id, r.title, o.name, r.municipality_code, r.sharers, r.status, r.schedule, o.organisation_id,
                               count(*) over ()
                        from shared_role r join member_organisation o on o.organisation_id = r.organisation_id
                        where (cast(:status as text) is null or r.status = :status)
                          and (cast(:municipality as smallint) is null or r.municipality_code = :municipality)
                          and (cast(:organisation as bigint) is null or r.organisation_id = :organisation)
                          and (cast(:skill as smallint) is null or exists (
                              select 1 from shared_role_skill s where s.role_id = r.id and s.skill_id = :skill))
                        order by r.created_at desc, r.id desc
                        limit :limit offset :offset
                        """)
                .param(
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .param("municipality", filter.municipalityCode())
                .param("organisation", filter.organisationId())
                .param("skill", filter.skillId())
                .param("limit", size)
                .param("offset", ListPage.offset(number, size))
                .query((rs, row) -> Map.entry(
                        new Listed(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getShort(4),
                                rs.getInt(5),
                                RoleStatus.valueOf(rs.getString(6)),
                                dk.jobandel.shared.WeekGrid.fromBytes(rs.getBytes(7))
                                        .hours(),
                                rs.getLong(8)),
                        rs.getLong(9)))
                .list();
        if (rows.isEmpty() && number > 0) {
            long total = jdbc.sql("""
                            select count(*) from shared_role r
                            where (cast(:status as text) is null or r.status = :status)
                              and (cast(:municipality as smallint) is null or r.municipality_code = :municipality)
                              and (cast(:organisation as bigint) is null or r.organisation_id = :organisation)
                              and (cast(:skill as smallint) is null or exists (
                                  select 1 from shared_role_skill s where s.role_id = r.id and s.skill_id = :skill))
                            """)
                    .param(
                            "status",
                            filter.status() == null ? null : filter.status().name())
                    .param("municipality", filter.municipalityCode())
                    .param("organisation", filter.organisationId())
                    .param("skill", filter.skillId())
                    .query(Long.class)
                    .single();
            return total == 0 ? ListPage.empty(size) : page(filter, ListPage.lastNumber(total, size), size);
        }
        return new ListPage<>(
                rows.stream().map(Map.Entry::getKey).toList(),
                number,
                size,
                rows.isEmpty() ? 0 : rows.getFirst().getValue());
    }

    /** Roles for consultants: every organisation's, drafts included, newest first; at most 500. */
    @Transactional(readOnly = true)
    public List<Listed> search(Filter filter) {
        return jdbc.sql("""
                        select r.id, r.title, o.name, r.municipality_code, r.sharers, r.status, r.schedule, o.organisation_id
                        from shared_role r join member_organisation o on o.organisation_id = r.organisation_id
                        where (cast(:status as text) is null or r.status = :status)
                          and (cast(:municipality as smallint) is null or r.municipality_code = :municipality)
                          and (cast(:organisation as bigint) is null or r.organisation_id = :organisation)
                          and (cast(:skill as smallint) is null or exists (
                              select 1 from shared_role_skill s where s.role_id = r.id and s.skill_id = :skill))
                        order by r.created_at desc, r.id desc
                        limit 500
                        """)
                .param(
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .param("municipality", filter.municipalityCode())
                .param("organisation", filter.organisationId())
                .param("skill", filter.skillId())
                .query((rs, row) -> new Listed(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getShort(4),
                        rs.getInt(5),
                        RoleStatus.valueOf(rs.getString(6)),
                        dk.jobandel.shared.WeekGrid.fromBytes(rs.getBytes(7)).hours(),
                        rs.getLong(8)))
                .list();
    }

    /** The roles with these ids as lists show them, in id order: one statement. */
    @Transactional(readOnly = true)
    public List<Listed> listed(java.util.Collection<Long> roleIds) {
        if (roleIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select r.id, r.title, o.name, r.municipality_code, r.sharers, r.status, r.schedule, o.organisation_id
                        from shared_role r join member_organisation o on o.organisation_id = r.organisation_id
                        where r.id = any(:ids) order by r.id
                        """)
                .param("ids", roleIds.toArray(Long[]::new))
                .query((rs, row) -> new Listed(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getShort(4),
                        rs.getInt(5),
                        RoleStatus.valueOf(rs.getString(6)),
                        dk.jobandel.shared.WeekGrid.fromBytes(rs.getBytes(7)).hours(),
                        rs.getLong(8)))
                .list();
    }

    /** Every published role with its skills, for matching: two statements whatever the number of roles. */
    @Transactional(readOnly = true)
    public List<MatchableRole> published() {
        Map<Long, List<RequiredSkill>> skills = new java.util.HashMap<>();
        jdbc.sql("""
                        select s.role_id, s.skill_id, s.requirement, s.min_level
                        from shared_role_skill s join shared_role r on r.id = s.role_id
                        where r.status = 'PUBLISHED' order by s.role_id, s.skill_id
                        """).query(rs -> {
            skills.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                    .add(new RequiredSkill(rs.getShort(2), Requirement.valueOf(rs.getString(3)), rs.getShort(4)));
        });
        return jdbc.sql("""
                        select id, organisation_id, schedule, sharers, handover_minutes, split_percents,
                               municipality_code, work_mode
                        from shared_role where status = 'PUBLISHED' order by id
                        """)
                .query((rs, row) -> {
                    java.sql.Array split = rs.getArray(6);
                    List<Integer> percents = new ArrayList<>();
                    if (split != null) {
                        for (Object value : (Object[]) split.getArray()) {
                            percents.add(((Number) value).intValue());
                        }
                    }
                    return new MatchableRole(
                            rs.getLong(1),
                            rs.getLong(2),
                            dk.jobandel.shared.WeekGrid.fromBytes(rs.getBytes(3)),
                            rs.getInt(4),
                            rs.getInt(5),
                            List.copyOf(percents),
                            rs.getShort(7),
                            WorkMode.valueOf(rs.getString(8)),
                            List.copyOf(skills.getOrDefault(rs.getLong(1), List.of())));
                })
                .list();
    }

    /** An organisation that has posted roles, for the consultant's filter. */
    public record OrganisationName(long id, String name) {}

    @Transactional(readOnly = true)
    public List<OrganisationName> organisationsWithRoles() {
        return jdbc.sql("""
                        select o.organisation_id, o.name from member_organisation o
                        where exists (select 1 from shared_role r where r.organisation_id = o.organisation_id)
                        order by o.name, o.organisation_id
                        """)
                .query((rs, row) -> new OrganisationName(rs.getLong(1), rs.getString(2)))
                .list();
    }

    private void record(long roleId, long staffAccountId, Map<String, String> before, Map<String, String> after) {
        Instant now = clock.instant();
        List<String> changed = new ArrayList<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                changed.add(field);
            }
        });
        for (String field : changed) {
            jdbc.sql("""
                            insert into shared_role_change (role_id, changed_by, changed_at, field, old_value, new_value)
                            values (:role, :by, :at, :field, :old, :new)
                            """)
                    .param("role", roleId)
                    .param("by", staffAccountId)
                    .param("at", Timestamp.from(now))
                    .param("field", field)
                    .param("old", before.get(field))
                    .param("new", after.get(field))
                    .update();
        }
    }

    private Organisation ownOrganisation(long staffAccountId) {
        return organisations.ofStaffMember(staffAccountId).orElseThrow(() -> new RoleNotFound(0));
    }

    private SharedRole own(long staffAccountId, long roleId) {
        long organisationId = ownOrganisation(staffAccountId).getId();
        return roles.findById(roleId)
                .filter(role -> role.organisationId() == organisationId)
                .orElseThrow(() -> new RoleNotFound(roleId));
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

    private void flush(SharedRole role) {
        try {
            roles.saveAndFlush(role);
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new RoleChanged(role.id());
        }
    }
}
