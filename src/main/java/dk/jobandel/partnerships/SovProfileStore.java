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
