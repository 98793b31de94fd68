package dk.jobandel.partnerships;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SØV profiles' writes that {@link SovProfiles} decides on: the profile with its lists, and the RSV check. */
final class SovProfileStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    SovProfileStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Saves the SØV's profile on the version it was read at (0 for a first save) and replaces its services,
     * municipalities, regions and target groups; a profile changed since is refused.
     */
    void save(long id, SovProfile profile, long basedOnVersion) {
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
        insertAll(
                "sov_service",
                "service",
                id,
                profile.services().stream().map(ServiceKind::name).toList());
        insertAll("sov_municipality", "municipality_code", id, profile.municipalities());
        insertAll("sov_region", "region_code", id, profile.regions());
        insertAll(
                "sov_target_group",
                "target_group",
                id,
                profile.targetGroups().stream().map(TargetGroup::name).toList());
    }

    /** One row per value of a profile's list, in a table keyed by the organisation (the names are this class's own). */
    private void insertAll(String table, String column, long organisationId, java.util.Collection<?> values) {
        for (Object value : values) {
            jdbc.sql("insert into " + table + " (organisation_id, " + column + ") values (:id, :v)")
                    .param("id", organisationId)
                    .param("v", value)
                    .update();
        }
    }

    /** The consultant's check of the RSV register today; not found without a profile. */
    void recordRsvCheck(long organisationId, boolean found, long by) {
        int updated = jdbc.sql("""
                        update sov_profile set rsv_checked_on = :today, rsv_checked_by = :by, rsv_check_found = :found
                        where organisation_id = :id
                        """)
                .param("today", Date.valueOf(LocalDate.now(clock)))
                .param("by", by)
                .param("found", found)
                .param("id", organisationId)
                .update();
        if (updated == 0) {
            throw new PartnershipNotFound(organisationId);
        }
    }
}
