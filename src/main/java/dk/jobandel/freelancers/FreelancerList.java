package dk.jobandel.freelancers;

import dk.jobandel.platform.ListPage;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultants' list of freelancers: a page of people with their municipality, hours, main skills and how complete
 * the profile is, searched by name or e-mail and filtered by municipality, skill, hours and completeness, in one
 * statement whatever the page holds. A read model: it joins the view {@code member_account} that the members module
 * publishes (V34) for the name, e-mail and role in the same statement (see ADR 0015).
 */
@Service
public class FreelancerList {

    /** How many skills a row shows: the person's highest levels first. */
    static final int MAIN_SKILLS = 3;

    /**
     * How many of the profile's parts other than its skills are filled in: basics, availability and work style (as
     * {@link Completeness} counts them). Evaluated for the page's rows only, unless the filter asks for complete
     * profiles; whether someone has skills comes from the page's main skills.
     */
    private static final String OTHER_PARTS = """
            (case when p.municipality_code is not null and p.desired_hours_min is not null
                       and p.desired_hours_max is not null and p.available_from is not null
                       and (p.works_on_site or p.works_hybrid or p.works_remote)
                       and (p.wants_job_share or p.wants_pool) then 1 else 0 end
             + case when p.availability <> decode(repeat('00', 42), 'hex') then 1 else 0 end
             + case when p.work_style is not null then 1 else 0 end)""";

    /** A complete profile: the three other parts and at least one skill. */
    private static final String COMPLETE_PROFILE =
            OTHER_PARTS + " = 3 and exists (select 1 from freelancer_skill fs where fs.account_id = a.account_id)";

    private final JdbcClient jdbc;

    FreelancerList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What to look for; {@code null} or blank means "any". */
    public record Filter(
            @Nullable String text,
            @Nullable Short municipalityCode,
            @Nullable Short skillId,
            @Nullable Integer minHours,
            boolean completeOnly) {

        public static final Filter ANY = new Filter(null, null, null, null, false);
    }

    /** One row: who, where, how many hours, the main skills (ids) and the profile's completeness in percent. */
    public record Row(
            long accountId,
            String displayName,
            String email,
            @Nullable Short municipalityCode,
            @Nullable Integer hoursMin,
            @Nullable Integer hoursMax,
            List<Short> mainSkills,
            int completenessPercent) {}

    /**
     * A page of rows with how many the filter keeps, counted in the same statement; a page past the end is the last
     * page (two more statements then). The main skills are looked up for the page's rows only, after the limit:
     * looked up for every row the filter keeps, they cost PostgreSQL 40 % more CPU a request on the demo data (2.28
     * against 1.62 ms, load benchmark). They are ranked in one pass over the page's skills: a sorted sub-query per row
     * took 0.47–0.49 ms of execution for a page of 50, the one pass 0.26–0.31 ms ({@code EXPLAIN ANALYZE}, demo
     * data, one warm session). The profile's completeness is worked out for the page's rows too, its skills part from
     * their main skills, unless the filter keeps complete profiles only (0.33–0.35 ms against 0.38–0.43 when it was
     * worked out for every freelancer, same measurement).
     *
     * <p>The statement holds only the conditions of the filters in use, one text per combination (at most 32, each
     * prepared once per connection). Written once with every filter optional ({@code :x is null or ...}), it kept
     * PostgreSQL on a custom plan, planned again on every execution: 0.5–0.6 ms of its CPU a page, a third of the
     * page's share (measured with {@code EXPLAIN (ANALYZE, SUMMARY)}; without the optional conditions PostgreSQL
     * settles on one generic plan after five executions and plans in 0.02 ms). The texts are made of the fixed pieces
     * below only; what the user typed travels as parameters.
     */
    @Transactional(readOnly = true)
    public ListPage<Row> page(Filter filter, int page, int size) {
        String text = filter.text() == null || filter.text().isBlank()
                ? null
                : "%"
                        + filter.text()
                                .strip()
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_") + "%";
        StringBuilder conditions = new StringBuilder("a.freelancer");
        Map<String, Object> params = new LinkedHashMap<>();
        if (text != null) {
            conditions.append(" and (a.display_name ilike :text or a.email ilike :text)");
            params.put("text", text);
        }
        if (filter.municipalityCode() != null) {
            conditions.append(" and p.municipality_code = :municipality");
            params.put("municipality", filter.municipalityCode());
        }
        if (filter.skillId() != null) {
            conditions.append(" and exists (select 1 from freelancer_skill fs"
                    + " where fs.account_id = a.account_id and fs.skill_id = :skill)");
            params.put("skill", filter.skillId());
        }
        if (filter.minHours() != null) {
            conditions.append(" and p.desired_hours_max >= :minHours");
            params.put("minHours", filter.minHours());
        }
        if (filter.completeOnly()) {
            conditions.append(" and ").append(COMPLETE_PROFILE);
        }
        List<Map.Entry<Row, Long>> rows = jdbc.sql("""
                        with listed as (
                        select a.account_id as id, a.display_name, a.email, p.municipality_code, p.desired_hours_min,
                               p.desired_hours_max, %s as other_parts, count(*) over () as total
                        from member_account a
                        left join freelancer_profile p on p.account_id = a.account_id
                        where %s
                        order by a.display_name, a.account_id
                        limit :limit offset :offset
                        ),
                        main_skills as (
                        select ranked.account_id,
                               array_agg(ranked.skill_id order by ranked.level desc, ranked.skill_id) as ids
                        from (select fs.account_id, fs.skill_id, fs.level,
                                     row_number() over (partition by fs.account_id
                                                        order by fs.level desc, fs.skill_id) as place
                              from freelancer_skill fs
                              where fs.account_id in (select id from listed)) ranked
                        where ranked.place <= :mainSkills
                        group by ranked.account_id
                        )
                        select listed.id, listed.display_name, listed.email, listed.municipality_code,
                               listed.desired_hours_min, listed.desired_hours_max, main_skills.ids,
                               listed.other_parts + case when main_skills.ids is null then 0 else 1 end,
                               listed.total
                        from listed
                        left join main_skills on main_skills.account_id = listed.id
                        order by listed.display_name, listed.id
                        """.formatted(OTHER_PARTS, conditions))
                .param("mainSkills", MAIN_SKILLS)
                .params(params)
                .param("limit", size)
                .param("offset", ListPage.offset(page, size))
                .query((rs, n) -> Map.entry(row(rs, n), rs.getLong(9)))
                .list();
        if (rows.isEmpty() && page > 0) {
            // past the end: the first row alone tells how many there are; then the last page
            long total = page(filter, 0, 1).total();
            return total == 0 ? ListPage.empty(size) : page(filter, ListPage.lastNumber(total, size), size);
        }
        return new ListPage<>(
                rows.stream().map(Map.Entry::getKey).toList(),
                page,
                size,
                rows.isEmpty() ? 0 : rows.getFirst().getValue());
    }

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        Short municipality = rs.getObject(4) == null ? null : rs.getShort(4);
        Integer min = rs.getObject(5) == null ? null : rs.getInt(5);
        Integer max = rs.getObject(6) == null ? null : rs.getInt(6);
        List<Short> skills = new ArrayList<>();
        Array array = rs.getArray(7);
        if (array != null) {
            for (Object id : (Object[]) array.getArray()) {
                skills.add(((Number) id).shortValue());
            }
        }
        int parts = rs.getInt(8);
        int percent = 100 * parts / Completeness.Part.values().length;
        return new Row(
                rs.getLong(1), rs.getString(2), rs.getString(3), municipality, min, max, List.copyOf(skills), percent);
    }
}
