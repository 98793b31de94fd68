package dk.jobandel.partnerships;

import dk.jobandel.members.Actor;
import dk.jobandel.members.MemberLookups;
import dk.jobandel.members.OrganisationKind;
import dk.jobandel.partnerships.core.Match;
import dk.jobandel.partnerships.core.NeedFacts;
import dk.jobandel.partnerships.core.PartnerScorer;
import dk.jobandel.partnerships.core.SovFacts;
import dk.jobandel.shared.Municipality;
import dk.jobandel.shared.ReferenceData;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranking, for consultants: the SØVs that fit a firm's need, and the open needs that fit a SØV, worked out when asked
 * with {@link PartnerScorer} (never stored), every criterion explained. A page of results reads the profiles, their
 * use and the needs in a fixed number of statements.
 */
@Service
public class PartnershipMatching {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ReferenceData referenceData;
    private final SovProfiles profiles;
    private final PartnershipNeeds needs;
    private final PartnershipReads reads;
    private final MemberLookups members;

    PartnershipMatching(
            JdbcClient jdbc,
            Clock clock,
            ReferenceData referenceData,
            SovProfiles profiles,
            PartnershipNeeds needs,
            PartnershipReads reads,
            MemberLookups members) {
        this.jdbc = jdbc;
        this.members = members;
        this.clock = clock;
        this.referenceData = referenceData;
        this.profiles = profiles;
        this.needs = needs;
        this.reads = reads;
    }

    /** A ranked match with the other side's name (a need's id when needs are ranked, else the SØV's). */
    public record Ranked(Match match, long otherId, String otherName, long otherOrganisationId) {

        public Ranked(Match match, long otherId, String otherName) {
            this(match, otherId, otherName, otherId);
        }
    }

    /** The organisations on the other side of rankings. */
    public List<Long> firmsOf(List<Ranked> ranked) {
        return ranked.stream().map(Ranked::otherOrganisationId).toList();
    }

    @Transactional
    public List<Ranked> sovsFor(Actor actor, long needId) {
        if (!actor.consultant()) {
            throw new PartnershipNotFound(needId);
        }
        PartnershipNeeds.Need need = needs.load(needId);
        reads.logRead(actor, need.organisationId(), "NEED");
        Map<Long, String> names = new HashMap<>();
        List<SovFacts> sovs = allSovFacts(names);
        List<Ranked> ranked = new ArrayList<>();
        for (Match m : PartnerScorer.rankSovs(facts(need), sovs)) {
            ranked.add(new Ranked(m, m.sovId(), names.get(m.sovId())));
        }
        return ranked;
    }

    @Transactional
    public List<Ranked> needsFor(Actor actor, long sovId) {
        if (!actor.consultant()) {
            throw new PartnershipNotFound(sovId);
        }
        Map<Long, String> names = new HashMap<>();
        SovFacts sov = allSovFacts(names).stream()
                .filter(s -> s.organisationId() == sovId)
                .findFirst()
                .orElseThrow(() -> new PartnershipNotFound(sovId));
        reads.logRead(actor, sovId, "PROFILE");
        Map<Long, PartnershipNeeds.Need> open = new HashMap<>();
        List<NeedFacts> facts = new ArrayList<>();
        for (PartnershipNeeds.Need n : needs.open(actor)) {
            open.put(n.id(), n);
            facts.add(facts(n));
        }
        List<Ranked> ranked = new ArrayList<>();
        for (Match m : PartnerScorer.rankNeeds(sov, facts)) {
            PartnershipNeeds.Need n = open.get(m.needId());
            ranked.add(new Ranked(
                    m, n.id(), n.organisationName() + ": " + n.details().title(), n.organisationId()));
        }
        return ranked;
    }

    /**
     * SØVs for a service in a place, best first, scored as for a need with no hours and no target groups. For another
     * module that decides for itself who may see suggestions (procurement: the municipality that owns a contract).
     */
    @Transactional(readOnly = true)
    public List<Ranked> sovsForService(ServiceKind service, short municipalityCode) {
        Municipality place = referenceData
                .municipality(municipalityCode)
                .orElseThrow(() -> new IllegalArgumentException("Unknown municipality " + municipalityCode));
        NeedFacts need = new NeedFacts(
                0, service, place.code(), place.regionCode(), place.latitude(), place.longitude(), 0, Set.of());
        Map<Long, String> names = new HashMap<>();
        List<Ranked> ranked = new ArrayList<>();
        for (Match m : PartnerScorer.rankSovs(need, allSovFacts(names))) {
            ranked.add(new Ranked(m, m.sovId(), names.get(m.sovId())));
        }
        return ranked;
    }

    NeedFacts facts(PartnershipNeeds.Need need) {
        NeedDetails d = need.details();
        Municipality place = referenceData
                .municipality(d.municipalityCode())
                .orElseThrow(() -> new IllegalStateException("Unknown municipality " + d.municipalityCode()));
        return new NeedFacts(
                need.id(),
                d.service(),
                place.code(),
                place.regionCode(),
                place.latitude(),
                place.longitude(),
                d.hoursPerWeek() == null ? 0 : d.hoursPerWeek(),
                d.targetGroups(),
                d.inclusiveJobs());
    }

    /**
     * Every SØV with a profile, in seven statements (the SØVs from the members module, five for the profiles, one for
     * their partnerships).
     */
    List<SovFacts> allSovFacts(Map<Long, String> names) {
        List<MemberLookups.OrganisationFacts> heads =
                members.organisationsOfKind(OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE);
        Map<Long, SovProfiles.Loaded> loaded = profiles.loadProfiles(Set.of());
        Map<Long, int[]> usage = new HashMap<>();
        jdbc.sql("""
                        select sov_organisation_id, count(*),
                            coalesce(sum(volume_hours) filter (where end_on is null or end_on >= :today), 0),
                            coalesce(sum(agreed_jobs) filter (where end_on is null or end_on >= :today), 0)
                        from partnership group by sov_organisation_id
                        """)
                .param("today", Date.valueOf(LocalDate.now(clock)))
                .query((rs, row) -> usage.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4)}))
                .list();
        List<SovFacts> facts = new ArrayList<>();
        for (MemberLookups.OrganisationFacts h : heads) {
            SovProfiles.Loaded p = loaded.get(h.id());
            if (p == null) {
                continue;
            }
            Municipality home = referenceData.municipality(h.municipalityCode()).orElseThrow();
            int[] used = usage.getOrDefault(h.id(), new int[3]);
            names.put(h.id(), h.name());
            facts.add(new SovFacts(
                    h.id(),
                    p.profile().services(),
                    p.profile().municipalities(),
                    p.profile().regions(),
                    home.latitude(),
                    home.longitude(),
                    p.profile().capacityHours(),
                    used[1],
                    p.profile().targetGroups(),
                    p.rsv(),
                    used[0],
                    p.profile().capacityPeople(),
                    used[2]));
        }
        return facts;
    }
}
