package dk.jobandel.procurement;

import dk.jobandel.platform.PersonalData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The people in social procurement: who revised a clause template, recorded a contract, registered a supplier's
 * interest, reported a period, recorded a dialogue note or wrote a knowledge-bank article. The organisations' records
 * stay (contracts and their follow-up are the municipality's files); erasure takes the person off them and replaces
 * their name in reports' evidence and dialogue notes by the alias.
 */
@Component
class ProcurementPersonalData implements PersonalData {

    private static final Map<String, String> WHO = Map.of(
            "clause_template_version", "changed_by",
            "procurement_contract", "created_by",
            "contract_interest", "registered_by",
            "clause_report", "reported_by",
            "contract_dialogue", "recorded_by",
            "knowledge_article", "written_by",
            "forum_meeting", "created_by",
            "supplier_profile", "updated_by",
            "clause_evidence_link", "linked_by");

    private final JdbcClient jdbc;

    ProcurementPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "procurement";
    }

    @Override
    public Set<String> tables() {
        var tables = new java.util.HashSet<>(WHO.keySet());
        tables.add("forum_attendance");
        return tables;
    }

    @Override
    public Map<String, ?> export(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("clauseTemplateVersionsYouWrote", rows("""
                select template_id, number, title_da from clause_template_version where changed_by = :id
                order by template_id, number
                """, accountId));
        data.put("contractsYouRecorded", rows("""
                select id, title, status from procurement_contract where created_by = :id order by id
                """, accountId));
        data.put("interestsYouRegistered", rows("""
                select contract_id, note from contract_interest where registered_by = :id order by contract_id
                """, accountId));
        data.put("reportsYouMade", rows("""
                select clause_id, period_start, actual_value, evidence from clause_report where reported_by = :id
                order by id
                """, accountId));
        data.put("dialogueNotesYouRecorded", rows("""
                select contract_id, held_on, note, penalty_dkk from contract_dialogue where recorded_by = :id
                order by id
                """, accountId));
        data.put("articlesYouWrote", rows("""
                select id, title, body from knowledge_article where written_by = :id order by id
                """, accountId));
        data.put("forumMeetingsYouPlanned", rows("""
                select id, title, held_on from forum_meeting where created_by = :id order by id
                """, accountId));
        data.put("yourHoursAsEvidence", rows("""
                select l.clause_id, l.agreement_id, l.linked_at, l.consent_given_at, l.consent_withdrawn_at
                from clause_evidence_link l where l.person_account_id = :id order by l.id
                """, accountId));
        data.put("evidenceLinksYouMade", rows("""
                select clause_id, agreement_id, linked_at from clause_evidence_link where linked_by = :id order by id
                """, accountId));
        data.put("forumMeetingsYouAttended", rows("""
                select m.id, m.title, m.held_on from forum_attendance a join forum_meeting m on m.id = a.meeting_id
                where a.account_id = :id order by m.id
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
        // the person's consent and the links to their bookings go with them
        jdbc.sql("delete from clause_evidence_link where person_account_id = :id")
                .param("id", erasure.accountId())
                .update();
        jdbc.sql("delete from forum_attendance where account_id = :id")
                .param("id", erasure.accountId())
                .update();
        WHO.forEach(
                (table, column) -> jdbc.sql("update " + table + " set " + column + " = null where " + column + " = :id")
                        .param("id", erasure.accountId())
                        .update());
        if (!erasure.displayName().isBlank()) {
            jdbc.sql(
                            "update clause_report set evidence = replace(evidence, :name, :alias) where strpos(evidence, :name) > 0")
                    .param("name", erasure.displayName())
                    .param("alias", erasure.alias())
                    .update();
            jdbc.sql("update contract_dialogue set note = replace(note, :name, :alias) where strpos(note, :name) > 0")
                    .param("name", erasure.displayName())
                    .param("alias", erasure.alias())
                    .update();
        }
    }

    @Override
    public List<Purpose> purposes() {
        return List.of(new Purpose("procurement", List.of(), false));
    }
}
