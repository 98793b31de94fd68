package dk.jobandel.partnerships;

import dk.jobandel.members.MemberLookups;
import dk.jobandel.platform.PersonalData;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The people in partnerships and guidance courses: who asked for a course, the consultant who guides it, who recorded
 * a meeting, a follow-up, a partnership or a register check, who proposed an introduction and who changed a
 * checklist. The organisations' own records stay; erasure takes the person off them and replaces their name in the
 * meeting notes, participants and next steps by the alias.
 */
@Component
class PartnershipPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final MemberLookups members;

    PartnershipPersonalData(JdbcClient jdbc, MemberLookups members) {
        this.jdbc = jdbc;
        this.members = members;
    }

    @Override
    public String name() {
        return "partnerships";
    }

    @Override
    public Set<String> tables() {
        return Set.of(
                "sov_profile",
                "partnership_introduction",
                "guidance_course",
                "course_meeting",
                "course_next_step",
                "partnership_checklist",
                "partnership",
                "partnership_follow_up");
    }

    @Override
    public Map<String, ?> export(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        List<Map<String, Object>> asked = rows("""
                select c.id, c.organisation_id as organisation, c.request_text, c.stage, c.outcome, c.feedback
                from guidance_course c where c.requested_by = :id order by c.id
                """, accountId);
        List<Map<String, Object>> guided = rows("""
                select c.id, c.organisation_id as organisation, c.stage, c.outcome
                from guidance_course c where c.consultant_id = :id order by c.id
                """, accountId);
        // the courses name their organisation, as the members module calls it: one look-up for both lists
        Set<Long> organisations = new HashSet<>();
        asked.forEach(row -> organisations.add(((Number) row.get("organisation")).longValue()));
        guided.forEach(row -> organisations.add(((Number) row.get("organisation")).longValue()));
        Map<Long, String> names = members.organisationNames(organisations);
        asked.forEach(row -> row.put("organisation", names.get(((Number) row.get("organisation")).longValue())));
        guided.forEach(row -> row.put("organisation", names.get(((Number) row.get("organisation")).longValue())));
        data.put("guidanceCoursesYouAskedFor", asked);
        data.put("guidanceCoursesYouGuide", guided);
        data.put("meetingsYouRecorded", rows("""
                select m.course_id, m.mode, m.participants, m.notes
                from course_meeting m where m.recorded_by = :id order by m.id
                """, accountId));
        data.put("introductionsYouProposed", rows("""
                select i.need_id, i.sov_organisation_id, i.note, i.status
                from partnership_introduction i where i.proposed_by = :id order by i.id
                """, accountId));
        data.put("registerChecksYouMade", rows("""
                select p.organisation_id, p.rsv_checked_on, p.rsv_check_found
                from sov_profile p where p.rsv_checked_by = :id order by p.organisation_id
                """, accountId));
        data.put("partnershipsYouRecorded", rows("""
                select p.id, p.model, p.municipality_code from partnership p
                where p.recorded_by = :id order by p.id
                """, accountId));
        data.put("followUpsYouRecorded", rows("""
                select f.partnership_id, f.note from partnership_follow_up f
                where f.recorded_by = :id order by f.id
                """, accountId));
        data.put("checklistVersionsYouChanged", rows("""
                select c.model, c.items from partnership_checklist c
                where c.changed_by = :id order by c.id
                """, accountId));
        return data;
    }

    private List<Map<String, Object>> rows(String sql, long accountId) {
        return jdbc.sql(sql).param("id", accountId).query().listOfRows().stream()
                .map(PersonalData::row)
                .toList();
    }

    @Override
    public void erase(Erasure erasure) {
        long id = erasure.accountId();
        for (String column : List.of("requested_by", "consultant_id")) {
            jdbc.sql("update guidance_course set " + column + " = null where " + column + " = :id")
                    .param("id", id)
                    .update();
        }
        for (String table : List.of("course_meeting", "partnership", "partnership_follow_up")) {
            jdbc.sql("update " + table + " set recorded_by = null where recorded_by = :id")
                    .param("id", id)
                    .update();
        }
        jdbc.sql("update partnership_introduction set proposed_by = null where proposed_by = :id")
                .param("id", id)
                .update();
        jdbc.sql("update sov_profile set rsv_checked_by = null where rsv_checked_by = :id")
                .param("id", id)
                .update();
        jdbc.sql("update partnership_checklist set changed_by = null where changed_by = :id")
                .param("id", id)
                .update();
        if (!erasure.displayName().isBlank()) {
            jdbc.sql("""
                            update course_meeting set participants = replace(participants, :name, :alias),
                                                      notes = replace(notes, :name, :alias)
                            where strpos(participants, :name) > 0 or strpos(notes, :name) > 0
                            """)
                    .param("name", erasure.displayName())
                    .param("alias", erasure.alias())
                    .update();
            jdbc.sql("""
                            update course_next_step set owner = replace(owner, :name, :alias)
                            where strpos(owner, :name) > 0
                            """)
                    .param("name", erasure.displayName())
                    .param("alias", erasure.alias())
                    .update();
        }
    }

    @Override
    public List<Purpose> purposes() {
        return List.of(new Purpose("partnerships", List.of(), false));
    }
}
