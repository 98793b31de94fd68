package dk.jobandel.freelancers;

import dk.jobandel.platform.PersonalData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The freelancer's profile: place, hours, availability, work style, skills and situation facts with consent. */
@Component
class FreelancerPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    FreelancerPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "profile";
    }

    @Override
    public Set<String> tables() {
        return Set.of("freelancer_profile", "freelancer_skill");
    }

    @Override
    public Map<String, ?> export(long accountId) {
        var out = new LinkedHashMap<String, Object>();
        out.put(
                "profile",
                jdbc.sql("""
                                select p.*, m.name as municipality from freelancer_profile p
                                left join municipality m on m.code = p.municipality_code where p.account_id = :id
                                """).param("id", accountId).query().listOfRows().stream()
                        .map(PersonalData::row)
                        .findFirst()
                        .orElse(Map.of()));
        out.put(
                "skills",
                jdbc.sql("""
                                select s.code, s.name_da, s.name_en, f.level from freelancer_skill f
                                join skill s on s.id = f.skill_id where f.account_id = :id order by s.code
                                """).param("id", accountId).query().listOfRows().stream()
                        .map(PersonalData::row)
                        .toList());
        return out;
    }

    @Override
    public void erase(Erasure erasure) {
        // the skills go with the profile (on delete cascade)
        jdbc.sql("delete from freelancer_profile where account_id = :id")
                .param("id", erasure.accountId())
                .update();
    }

    @Override
    public List<Purpose> purposes() {
        return List.of(new Purpose("profile", List.of(), false), new Purpose("situation", List.of(), false));
    }
}
