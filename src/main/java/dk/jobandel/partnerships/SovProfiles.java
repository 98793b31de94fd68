package dk.jobandel.partnerships;

import dk.jobandel.members.Actor;
import dk.jobandel.members.MemberLookups;
import dk.jobandel.members.OrganisationKind;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SØVs' capability profiles and their RSV status. A SØV's staff edit their own profile; consultants read every
 * profile (logged) and record their check of the RSV register. Saves name the version they were based on.
 */
@Service
public class SovProfiles {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PartnershipReads reads;
    private final ApplicationEventPublisher events;

    private final MemberLookups members;

    SovProfiles(
            JdbcClient jdbc,
            Clock clock,
            PartnershipReads reads,
            ApplicationEventPublisher events,
            MemberLookups members) {
        this.members = members;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.reads = reads;
    }

    /** A SØV with its profile (or none yet) as pages show it. */
    public record View(
            long organisationId,
            String name,
            short homeMunicipality,
            @Nullable SovProfile profile,
            RsvStatus rsv,
            long version,
            int partnerships,
            int committedHours) {

        public boolean hasProfile() {
            return profile != null;
        }
    }

    /** A line of the consultants' SØV list. */
    public record Listed(long organisationId, String name, short homeMunicipality, boolean hasProfile, RsvStatus rsv) {}

    @Transactional
    public View view(Actor actor, long organisationId) {
        if (!actor.mayRead(organisationId)) {
            throw new PartnershipNotFound(organisationId);
        }
        View view = load(organisationId).orElseThrow(() -> new PartnershipNotFound(organisationId));
        reads.logRead(actor, organisationId, "PROFILE");
        return view;
    }

    /** The acting SØV's own profile. */
    @Transactional(readOnly = true)
    public View own(Actor actor) {
        if (!actor.isSov()) {
            throw new PartnershipNotFound(0);
        }
        long id = actor.organisationId();
        return load(id).orElseThrow(() -> new PartnershipNotFound(id));
    }

    /** Saves the SØV's own profile, based on the version it was read at (0 for a first save). */
    @Transactional
    public void save(Actor actor, SovProfile profile, long basedOnVersion) {
        if (!actor.isSov()) {
            throw new PartnershipNotFound(0);
        }
        long id = actor.organisationId();
        Timestamp now = Timestamp.from(clock.instant());
        boolean exists = jdbc.sql("select count(*) from sov_profile where organisation_id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single()
                > 0;
        if (exists) {
            int updated = jdbc.sql("""
                            update sov_profile set presentation = :presentation, references_text = :references,
                                capacity_hours = :hours, capacity_people = :people, rsv_declared = :declared,
                                updated_at = :now, version = version + 1
                            where organisation_id = :id and version = :version
                            """)
                    .param("presentation", profile.presentation().strip())
                    .param("references", profile.references().strip())
                    .param("hours", profile.capacityHours())
                    .param("people", profile.capacityPeople())
                    .param("declared", profile.rsvDeclared())
                    .param("now", now)
                    .param("id", id)
                    .param("version", basedOnVersion)
                    .update();
            if (updated == 0) {
                throw new PartnershipChanged(id);
            }
            for (String table : List.of("sov_service", "sov_municipality", "sov_region", "sov_target_group")) {
                jdbc.sql("delete from " + table + " where organisation_id = :id")
                        .param("id", id)
                        .update();
            }
        } else {
            if (basedOnVersion != 0) {
                throw new PartnershipChanged(id);
            }
            jdbc.sql("""
                            insert into sov_profile (organisation_id, presentation, references_text, capacity_hours,
                                capacity_people, rsv_declared, updated_at)
                            values (:id, :presentation, :references, :hours, :people, :declared, :now)
                            """)
                    .param("presentation", profile.presentation().strip())
                    .param("references", profile.references().strip())
                    .param("hours", profile.capacityHours())
                    .param("people", profile.capacityPeople())
                    .param("declared", profile.rsvDeclared())
                    .param("now", now)
                    .param("id", id)
                    .update();
        }
        for (ServiceKind s : profile.services()) {
            jdbc.sql("insert into sov_service (organisation_id, service) values (:id, :v)")
                    .param("id", id)
                    .param("v", s.name())
                    .update();
        }
        for (short m : profile.municipalities()) {
            jdbc.sql("insert into sov_municipality (organisation_id, municipality_code) values (:id, :v)")
                    .param("id", id)
                    .param("v", m)
                    .update();
        }
        for (short r : profile.regions()) {
            jdbc.sql("insert into sov_region (organisation_id, region_code) values (:id, :v)")
                    .param("id", id)
                    .param("v", r)
                    .update();
        }
        for (TargetGroup g : profile.targetGroups()) {
            jdbc.sql("insert into sov_target_group (organisation_id, target_group) values (:id, :v)")
                    .param("id", id)
                    .param("v", g.name())
                    .update();
        }
        events.publishEvent(PartnershipMatchInputChanged.everyNeed());
    }

    /** A consultant records that they checked the register today, and whether the SØV was in it. */
    @Transactional
    public void recordRsvCheck(Actor actor, long organisationId, boolean found) {
        if (!actor.consultant()) {
            throw new PartnershipNotFound(organisationId);
        }
        int updated = jdbc.sql("""
                        update sov_profile set rsv_checked_on = :today, rsv_checked_by = :by, rsv_check_found = :found
                        where organisation_id = :id
                        """)
                .param("today", Date.valueOf(LocalDate.now(clock)))
                .param("by", actor.accountId())
                .param("found", found)
                .param("id", organisationId)
                .update();
        if (updated == 0) {
            throw new PartnershipNotFound(organisationId);
        }
        events.publishEvent(PartnershipMatchInputChanged.everyNeed());
    }

    /** Every SØV, for consultants: two statements (the SØVs from the members module, their RSV status). */
    @Transactional(readOnly = true)
    public List<Listed> all(Actor actor) {
        if (!actor.consultant()) {
            throw new PartnershipNotFound(0);
        }
        Map<Long, RsvStatus> declared = new HashMap<>();
        jdbc.sql("select organisation_id, rsv_declared, rsv_checked_on, rsv_check_found from sov_profile")
                .query(rs -> {
                    declared.put(
                            rs.getLong(1),
                            new RsvStatus(
                                    rs.getBoolean(2),
                                    rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(),
                                    (Boolean) rs.getObject(4)));
                });
        return members.organisationsOfKind(OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE).stream()
                .map(o -> new Listed(
                        o.id(),
                        o.name(),
                        o.municipalityCode(),
                        declared.containsKey(o.id()),
                        declared.getOrDefault(o.id(), RsvStatus.undeclared())))
                .toList();
    }

    /** SØVs whose RSV status a consultant should check (again), for the dashboard. */
    @Transactional(readOnly = true)
    public List<Listed> rsvChecksDue(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        return all(actor).stream().filter(l -> l.rsv().checkDue(today)).toList();
    }

    Optional<View> load(long organisationId) {
        Optional<MemberLookups.OrganisationFacts> head =
                members.organisationFacts(List.of(organisationId)).stream().findFirst();
        if (head.isEmpty() || head.get().kind() != OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE) {
            return Optional.empty();
        }
        Map<Long, Loaded> loaded = loadProfiles(Set.of(organisationId));
        Loaded p = loaded.get(organisationId);
        int[] used = usage(organisationId);
        if (p == null) {
            return Optional.of(new View(
                    organisationId,
                    head.get().name(),
                    head.get().municipalityCode(),
                    null,
                    RsvStatus.undeclared(),
                    0,
                    used[0],
                    used[1]));
        }
        return Optional.of(new View(
                organisationId,
                head.get().name(),
                head.get().municipalityCode(),
                p.profile,
                p.rsv,
                p.version,
                used[0],
                used[1]));
    }

    /** Partnerships made so far, and the hours a week the running ones take. */
    private int[] usage(long organisationId) {
        return jdbc.sql("""
                        select count(*), coalesce(sum(volume_hours) filter (where end_on is null or end_on >= :today), 0)
                        from partnership where sov_organisation_id = :id
                        """)
                .param("id", organisationId)
                .param("today", Date.valueOf(LocalDate.now(clock)))
                .query((rs, row) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .single();
    }

    record Loaded(SovProfile profile, RsvStatus rsv, long version) {}

    /** Profiles of the given SØVs (or every profile when {@code ids} is empty) in five statements. */
    Map<Long, Loaded> loadProfiles(Set<Long> ids) {
        String where = ids.isEmpty() ? "" : " where organisation_id in (:ids)";
        Map<Long, Set<ServiceKind>> services = new TreeMap<>();
        Map<Long, Set<Short>> municipalities = new TreeMap<>();
        Map<Long, Set<Short>> regions = new TreeMap<>();
        Map<Long, Set<TargetGroup>> groups = new TreeMap<>();
        var s = jdbc.sql("select organisation_id, service from sov_service" + where);
        var m = jdbc.sql("select organisation_id, municipality_code from sov_municipality" + where);
        var r = jdbc.sql("select organisation_id, region_code from sov_region" + where);
        var g = jdbc.sql("select organisation_id, target_group from sov_target_group" + where);
        var p = jdbc.sql("""
                select organisation_id, presentation, references_text, capacity_hours, capacity_people,
                    rsv_declared, rsv_checked_on, rsv_check_found, version
                from sov_profile""" + where);
        if (!ids.isEmpty()) {
            s = s.param("ids", ids);
            m = m.param("ids", ids);
            r = r.param("ids", ids);
            g = g.param("ids", ids);
            p = p.param("ids", ids);
        }
        s.query((rs, row) -> services.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(ServiceKind.class))
                        .add(ServiceKind.valueOf(rs.getString(2))))
                .list();
        m.query((rs, row) -> municipalities
                        .computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                        .add(rs.getShort(2)))
                .list();
        r.query((rs, row) -> regions.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                        .add(rs.getShort(2)))
                .list();
        g.query((rs, row) -> groups.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(TargetGroup.class))
                        .add(TargetGroup.valueOf(rs.getString(2))))
                .list();
        Map<Long, Loaded> result = new TreeMap<>();
        p.query((rs, row) -> {
                    long id = rs.getLong(1);
                    var profile = new SovProfile(
                            services.getOrDefault(id, Set.of()),
                            municipalities.getOrDefault(id, Set.of()),
                            regions.getOrDefault(id, Set.of()),
                            rs.getInt(4),
                            rs.getInt(5),
                            groups.getOrDefault(id, Set.of()),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getBoolean(6));
                    var rsv = new RsvStatus(
                            rs.getBoolean(6),
                            rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate(),
                            (Boolean) rs.getObject(8));
                    result.put(id, new Loaded(profile, rsv, rs.getLong(9)));
                    return id;
                })
                .list();
        return result;
    }
}
