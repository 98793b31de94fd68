package dk.jobandel.shared;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reference data every module reads: regions, municipalities and the skill catalogue. It changes only with a migration,
 * so it is read once, on first use, and kept in memory.
 */
@Component
public class ReferenceData {

    private static final Comparator<Object> DANISH_ORDER = Collator.getInstance(Locale.of("da"));

    private final JdbcClient jdbc;
    private volatile Loaded loaded;

    ReferenceData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Loaded(
            List<Region> regions,
            List<Municipality> municipalities,
            Map<Short, Municipality> byCode,
            List<SkillCategory> skillCategories,
            Map<Short, Skill> skillsById) {}

    /** All municipalities in Danish alphabetical order (Æ, Ø, Å last). */
    public List<Municipality> municipalities() {
        return loaded().municipalities();
    }

    public Optional<Municipality> municipality(short code) {
        return Optional.ofNullable(loaded().byCode().get(code));
    }

    /** The municipality's name, or an empty string for a code that is not in the list. */
    public String municipalityName(short code) {
        return municipality(code).map(Municipality::name).orElse("");
    }

    public List<Region> regions() {
        return loaded().regions();
    }

    /** The skill catalogue by category, in catalogue order. */
    public List<SkillCategory> skillCategories() {
        return loaded().skillCategories();
    }

    public Optional<Skill> skill(short id) {
        return Optional.ofNullable(loaded().skillsById().get(id));
    }

    private Loaded loaded() {
        Loaded current = loaded;
        if (current == null) {
            synchronized (this) {
                current = loaded;
                if (current == null) {
                    current = load();
                    loaded = current;
                }
            }
        }
        return current;
    }

    private Loaded load() {
        List<Region> regions = jdbc.sql("select code, name_da, name_en from region order by code")
                .query((rs, row) -> new Region(rs.getShort(1), rs.getString(2), rs.getString(3)))
                .list();
        List<Municipality> municipalities = jdbc
                .sql("select code, name, region_code, latitude, longitude from municipality")
                .query((rs, row) -> new Municipality(
                        rs.getShort(1), rs.getString(2), rs.getShort(3), rs.getDouble(4), rs.getDouble(5)))
                .list()
                .stream()
                .sorted(Comparator.comparing(Municipality::name, DANISH_ORDER))
                .toList();
        Map<Short, Municipality> byCode =
                municipalities.stream().collect(Collectors.toUnmodifiableMap(Municipality::code, Function.identity()));
        List<Skill> skills = jdbc.sql("select id, code, category_code, name_da, name_en from skill order by id")
                .query((rs, row) ->
                        new Skill(rs.getShort(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
        Map<String, List<Skill>> skillsByCategory = skills.stream().collect(Collectors.groupingBy(Skill::categoryCode));
        List<SkillCategory> categories = jdbc.sql(
                        "select code, name_da, name_en from skill_category order by sort_order, code")
                .query((rs, row) -> new SkillCategory(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        List.copyOf(skillsByCategory.getOrDefault(rs.getString(1), List.of()))))
                .list();
        Map<Short, Skill> skillsById =
                skills.stream().collect(Collectors.toUnmodifiableMap(Skill::id, Function.identity()));
        return new Loaded(regions, municipalities, byCode, categories, skillsById);
    }
}
