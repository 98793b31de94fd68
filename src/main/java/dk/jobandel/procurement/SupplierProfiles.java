package dk.jobandel.procurement;

import dk.jobandel.members.Actor;
import dk.jobandel.members.MemberLookups;
import dk.jobandel.members.OrganisationKind;
import dk.jobandel.partnerships.ServiceKind;
import dk.jobandel.partnerships.SovProfile;
import dk.jobandel.partnerships.SovProfiles;
import dk.jobandel.shared.ReferenceData;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supplier's field (services from the partnerships catalogue) and area (municipalities and whole regions it serves).
 * A SØV's is its partnerships profile, read through {@link SovProfiles} and edited there; a firm's or cooperative's is
 * kept here ({@code supplier_profile}, {@code V27}). Only the organisation's own staff change theirs: the acting
 * member's organisation is the only one {@link #save} writes.
 */
@Service
public class SupplierProfiles {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SovProfiles sovProfiles;
    private final ReferenceData referenceData;

    private final MemberLookups members;

    SupplierProfiles(
            JdbcClient jdbc, Clock clock, SovProfiles sovProfiles, ReferenceData referenceData, MemberLookups members) {
        this.members = members;
        this.jdbc = jdbc;
        this.clock = clock;
        this.sovProfiles = sovProfiles;
        this.referenceData = referenceData;
    }

    /**
     * A supplier's field and area.
     *
     * @param fromPartnerships whether it is a SØV's partnerships profile (edited there, not here)
     * @param version the stored version, 0 before the first save
     */
    public record Field(
            Set<ServiceKind> services,
            Set<Short> municipalities,
            Set<Short> regions,
            boolean fromPartnerships,
            long version) {

        public Field {
            services = Set.copyOf(services);
            municipalities = Set.copyOf(municipalities);
            regions = Set.copyOf(regions);
        }

        public boolean isEmpty() {
            return services.isEmpty() || (municipalities.isEmpty() && regions.isEmpty());
        }

        public boolean offers(ServiceKind service) {
            return services.contains(service);
        }

        /** Whether the area holds the municipality, itself or through its region. */
        public boolean serves(short municipality, short region) {
            return municipalities.contains(municipality) || regions.contains(region);
        }
    }

    /** A supplier that offers a contract's service in its place, with the reasons as message keys and arguments. */
    public record Suggestion(long organisationId, String name, OrganisationKind kind, List<Reason> reasons) {}

    public record Reason(String messageKey, List<Object> arguments) {}

    /** The acting supplier's own field and area; empty before the first save. */
    @Transactional(readOnly = true)
    public Field own(Actor actor) {
        if (!actor.isSupplier()) {
            throw new ProcurementNotFound(0);
        }
        if (actor.kind() == OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE) {
            SovProfile p = sovProfiles
                    .own(new Actor(
                            actor.accountId(),
                            false,
                            actor.organisationId(),
                            OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE,
                            actor.verified()))
                    .profile();
            return p == null
                    ? new Field(Set.of(), Set.of(), Set.of(), true, 0)
                    : new Field(p.services(), p.municipalities(), p.regions(), true, 0);
        }
        return stored(Set.of(actor.organisation())).getOrDefault(actor.organisation(), empty());
    }

    private static Field empty() {
        return new Field(Set.of(), Set.of(), Set.of(), false, 0);
    }

    /**
     * Saves the acting firm's or cooperative's field and area, based on the version the form showed. A SØV edits
     * its profile under partnerships. {@code false} when somebody saved in between: nothing is saved.
     */
    @Transactional
    public boolean save(
            Actor actor,
            Set<ServiceKind> services,
            Set<Short> municipalities,
            Set<Short> regions,
            long basedOnVersion) {
        if (!actor.isSupplier() || actor.kind() == OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE) {
            throw new ProcurementNotFound(0);
        }
        if (services.isEmpty()) {
            throw new ProcurementRefused("profile.noService", "services");
        }
        if (municipalities.isEmpty() && regions.isEmpty()) {
            throw new ProcurementRefused("profile.noArea", "municipalities");
        }
        for (short m : municipalities) {
            if (referenceData.municipality(m).isEmpty()) {
                throw new ProcurementRefused("profile.unknownPlace", "municipalities");
            }
        }
        Set<Short> knownRegions = new HashSet<>();
        referenceData.regions().forEach(r -> knownRegions.add(r.code()));
        if (!knownRegions.containsAll(regions)) {
            throw new ProcurementRefused("profile.unknownPlace", "regions");
        }
        long id = actor.organisation();
        Timestamp now = Timestamp.from(clock.instant());
        int changed = basedOnVersion == 0
                ? jdbc.sql("""
                                insert into supplier_profile (organisation_id, updated_by, updated_at)
                                values (:id, :by, :now) on conflict do nothing
                                """)
                        .param("id", id)
                        .param("by", actor.accountId())
                        .param("now", now)
                        .update()
                : jdbc.sql("""
                                update supplier_profile set version = version + 1, updated_by = :by, updated_at = :now
                                where organisation_id = :id and version = :version
                                """)
                        .param("id", id)
                        .param("by", actor.accountId())
                        .param("now", now)
                        .param("version", basedOnVersion)
                        .update();
        if (changed == 0) {
            return false;
        }
        for (String table :
                List.of("supplier_profile_service", "supplier_profile_municipality", "supplier_profile_region")) {
            jdbc.sql("delete from " + table + " where organisation_id = :id")
                    .param("id", id)
                    .update();
        }
        for (ServiceKind s : services) {
            jdbc.sql("insert into supplier_profile_service (organisation_id, service) values (:id, :s)")
                    .param("id", id)
                    .param("s", s.name())
                    .update();
        }
        for (short m : municipalities) {
            jdbc.sql("insert into supplier_profile_municipality (organisation_id, municipality_code) values (:id, :m)")
                    .param("id", id)
                    .param("m", m)
                    .update();
        }
        for (short r : regions) {
            jdbc.sql("insert into supplier_profile_region (organisation_id, region_code) values (:id, :r)")
                    .param("id", id)
                    .param("r", r)
                    .update();
        }
        return true;
    }

    /**
     * Firms and cooperatives whose field and area fit a contract's service and place, with the reasons; SØVs come from
     * the partnerships scorer instead. Four statements whatever the number of suppliers.
     */
    @Transactional(readOnly = true)
    public List<Suggestion> firmsAndCooperativesFor(ServiceKind service, short municipalityCode) {
        var place = referenceData.municipality(municipalityCode).orElse(null);
        if (place == null) {
            return List.of();
        }
        Set<Long> offering =
                new HashSet<>(jdbc.sql("select organisation_id from supplier_profile_service where service = :s")
                        .param("s", service.name())
                        .query(Long.class)
                        .list());
        if (offering.isEmpty()) {
            return List.of();
        }
        Map<Long, Field> fields = stored(offering);
        Map<Long, Suggestion> out = new LinkedHashMap<>();
        for (MemberLookups.OrganisationFacts o : members.organisationFacts(offering)) {
            if (o.kind() == OrganisationKind.MUNICIPALITY || o.kind() == OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE) {
                continue;
            }
            Field f = fields.get(o.id());
            if (f == null || !f.serves(place.code(), place.regionCode())) {
                continue;
            }
            List<Reason> reasons = new ArrayList<>();
            reasons.add(new Reason("proc16.suggestion.offers", List.of()));
            reasons.add(
                    f.municipalities().contains(place.code())
                            ? new Reason("proc16.suggestion.servesMunicipality", List.of(place.name()))
                            : new Reason("proc16.suggestion.servesRegion", List.of(regionName(place.regionCode()))));
            out.put(o.id(), new Suggestion(o.id(), o.name(), o.kind(), reasons));
        }
        return List.copyOf(out.values());
    }

    /** The stored fields of these organisations, in three statements and the head. */
    Map<Long, Field> stored(Set<Long> ids) {
        Map<Long, Set<ServiceKind>> services = new HashMap<>();
        Map<Long, Set<Short>> municipalities = new HashMap<>();
        Map<Long, Set<Short>> regions = new HashMap<>();
        jdbc.sql("select organisation_id, service from supplier_profile_service where organisation_id in (:ids)")
                .param("ids", ids)
                .query((rs, row) -> services.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(ServiceKind.class))
                        .add(ServiceKind.valueOf(rs.getString(2))))
                .list();
        jdbc.sql(
                        "select organisation_id, municipality_code from supplier_profile_municipality where organisation_id in (:ids)")
                .param("ids", ids)
                .query((rs, row) -> municipalities
                        .computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                        .add(rs.getShort(2)))
                .list();
        jdbc.sql("select organisation_id, region_code from supplier_profile_region where organisation_id in (:ids)")
                .param("ids", ids)
                .query((rs, row) -> regions.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                        .add(rs.getShort(2)))
                .list();
        Map<Long, Field> out = new HashMap<>();
        jdbc.sql("select organisation_id, version from supplier_profile where organisation_id in (:ids)")
                .param("ids", ids)
                .query((rs, row) -> {
                    long id = rs.getLong(1);
                    out.put(
                            id,
                            new Field(
                                    services.getOrDefault(id, Set.of()),
                                    municipalities.getOrDefault(id, Set.of()),
                                    regions.getOrDefault(id, Set.of()),
                                    false,
                                    rs.getLong(2)));
                    return id;
                })
                .list();
        return out;
    }

    private String regionName(short code) {
        return referenceData.regions().stream()
                .filter(r -> r.code() == code)
                .map(dk.jobandel.shared.Region::nameDa)
                .findFirst()
                .orElse("");
    }

    /** The acting supplier's field and area, or null when it is not a supplier or has none yet. */
    @Nullable
    Field fieldOf(Actor actor) {
        if (!actor.isSupplier()) {
            return null;
        }
        Field f = own(actor);
        return f.isEmpty() ? null : f;
    }
}
