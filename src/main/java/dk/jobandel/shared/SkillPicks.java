package dk.jobandel.shared;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The skills picker's plain rules, shared by the forms that use it (the role form, the pool-need form and the
 * freelancer's skills): reading a skill id from a button, the search text, and the suggestions for the search box.
 */
public final class SkillPicks {

    /** At most this many suggestions for the search box. */
    public static final int SUGGESTIONS = 12;

    /** The longest search text kept. */
    public static final int SEARCH_LENGTH = 100;

    private SkillPicks() {}

    /** A form's row in the picker's chosen list: the skill it holds, cleared by the remove button. */
    public interface Row {
        @Nullable
        Short getSkillId();

        void setSkillId(@Nullable Short skillId);
    }

    /**
     * The picker's buttons without saving: takes a skill off the list and adds one (a known skill not yet chosen, in a
     * new row from {@code newRow}). Removed rows keep their places, so that errors stay beside their rows.
     */
    public static <R extends Row> void pick(
            List<R> rows,
            Supplier<R> newRow,
            @Nullable String add,
            @Nullable String remove,
            ReferenceData referenceData) {
        parse(remove)
                .ifPresent(id ->
                        rows.stream().filter(row -> id.equals(row.getSkillId())).forEach(row -> row.setSkillId(null)));
        parse(add)
                .filter(id -> referenceData.skill(id).isPresent())
                .filter(id -> rows.stream().noneMatch(row -> id.equals(row.getSkillId())))
                .ifPresent(id -> {
                    R row = newRow.get();
                    row.setSkillId(id);
                    rows.add(row);
                });
    }

    /** Whether any row holds a skill. */
    public static boolean hasChosen(List<? extends Row> rows) {
        return rows.stream().anyMatch(row -> row.getSkillId() != null);
    }

    /** Whether a row holds this skill. */
    public static boolean chosen(List<? extends Row> rows, Skill skill) {
        return rows.stream().anyMatch(row -> Short.valueOf(skill.id()).equals(row.getSkillId()));
    }

    /** A skill id from a picker button, or empty when it is missing or not a number. */
    public static Optional<Short> parse(@Nullable String id) {
        if (id == null || id.isBlank() || id.length() > 6) {
            return Optional.empty();
        }
        try {
            return Optional.of(Short.parseShort(id.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The search text, cut to {@link #SEARCH_LENGTH} characters. */
    public static @Nullable String search(@Nullable String text) {
        return text == null || text.length() <= SEARCH_LENGTH ? text : text.substring(0, SEARCH_LENGTH);
    }

    /** The skills, not yet chosen, whose name holds the search text in the page's language, by name. */
    public static List<Skill> suggestions(
            ReferenceData referenceData, @Nullable String search, Predicate<Skill> chosen, Locale locale) {
        if (search == null || search.isBlank()) {
            return List.of();
        }
        String text = search.strip().toLowerCase(locale);
        return referenceData.skillCategories().stream()
                .flatMap(category -> category.skills().stream())
                .filter(chosen.negate())
                .filter(skill -> skill.name(locale).toLowerCase(locale).contains(text))
                .sorted(Comparator.comparing((Skill skill) -> skill.name(locale)))
                .limit(SUGGESTIONS)
                .toList();
    }
}
