package dk.jobandel.partnerships;

import dk.jobandel.members.Actor;
import dk.jobandel.members.MemberLookups;
import dk.jobandel.members.OrganisationKind;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    private final Clock clock;
    private final PartnershipReads reads;
    private final ApplicationEventPublisher events;
    private final MemberLookups members;
    private final SovProfileStore store;
    private final SovProfileRows rows;

    SovProfiles(
            JdbcClient jdbc,
            Clock clock,
            PartnershipReads reads,
            ApplicationEventPublisher events,
            MemberLookups members) {
        this.members = members;
        this.events = events;
        this.clock = clock;
        this.reads = reads;
        this.store = new SovProfileStore(jdbc, clock);
        this.rows = new SovProfileRows(jdbc, clock);
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
        store.save(id, profile, basedOnVersion);
        events.publishEvent(PartnershipMatchInputChanged.everyNeed());
    }

    /** A consultant records that they checked the register today, and whether the SØV was in it. */
    @Transactional
    public void recordRsvCheck(Actor actor, long organisationId, boolean found) {
        if (!actor.consultant()) {
            throw new PartnershipNotFound(organisationId);
        }
        store.recordRsvCheck(organisationId, found, actor.accountId());
        events.publishEvent(PartnershipMatchInputChanged.everyNeed());
    }

    /** Every SØV, for consultants: two statements (the SØVs from the members module, their RSV status). */
    @Transactional(readOnly = true)
    public List<Listed> all(Actor actor) {
        if (!actor.consultant()) {
            throw new PartnershipNotFound(0);
        }
        Map<Long, RsvStatus> declared = rows.rsvStatuses();
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
        int[] used = rows.usage(organisationId);
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

    record Loaded(SovProfile profile, RsvStatus rsv, long version) {}

    /** Profiles of the given SØVs (or every profile when {@code ids} is empty) in five statements. */
    Map<Long, Loaded> loadProfiles(Set<Long> ids) {
        return rows.profiles(ids);
    }
}
