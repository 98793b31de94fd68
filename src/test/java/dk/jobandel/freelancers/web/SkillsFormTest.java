package dk.jobandel.freelancers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyShort;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import dk.jobandel.shared.ReferenceData;
import dk.jobandel.shared.Skill;
import dk.jobandel.shared.SkillCategory;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The freelancer's skills form and the picker's buttons: what is added, removed and suggested, without saving. */
class SkillsFormTest {

    static final Locale DANISH = Locale.of("da");
    static final Skill COOKING = new Skill((short) 12, "cooking", "kitchen", "Madlavning", "Cooking");
    static final Skill BAKING = new Skill((short) 13, "baking", "kitchen", "Bagning", "Baking");
    static final Skill BOOKKEEPING = new Skill((short) 20, "bookkeeping", "office", "Bogføring", "Bookkeeping");

    final ReferenceData referenceData = mock(ReferenceData.class);
    final SkillsForm form = new SkillsForm();

    @BeforeEach
    void threeSkillsInTwoCategories() {
        given(referenceData.skill(anyShort())).willReturn(Optional.empty());
        for (Skill skill : List.of(COOKING, BAKING, BOOKKEEPING)) {
            given(referenceData.skill(skill.id())).willReturn(Optional.of(skill));
        }
        given(referenceData.skillCategories())
                .willReturn(List.of(
                        new SkillCategory("kitchen", "Køkken", "Kitchen", List.of(COOKING, BAKING)),
                        new SkillCategory("office", "Kontor", "Office", List.of(BOOKKEEPING))));
    }

    @Test
    void anAddedSkillIsHeldAtTheBasicLevelAndTheSearchIsCleared() {
        form.setSkillSearch("mad");
        form.add("12", referenceData);
        assertThat(form.getLevels()).containsEntry((short) 12, 1);
        assertThat(form.chosen(COOKING)).isTrue();
        assertThat(form.hasChosen()).isTrue();
        assertThat(form.getSkillSearch()).isNull();
    }

    @Test
    void addingKeepsAChosenLevelAndIgnoresUnknownOrUnreadableSkills() {
        form.getLevels().put((short) 12, 3);
        form.add("12", referenceData);
        form.add("999", referenceData);
        form.add("not-a-number", referenceData);
        assertThat(form.getLevels()).containsExactly(java.util.Map.entry((short) 12, 3));
    }

    @Test
    void aRemovedSkillIsNoLongerHeld() {
        form.getLevels().put((short) 12, 2);
        form.remove("12");
        form.remove("x");
        assertThat(form.hasChosen()).isFalse();
        assertThat(form.toSkills()).isEmpty();
    }

    @Test
    void suggestionsAreSkillsNotYetChosenWhoseNameHoldsTheSearchByName() {
        form.getLevels().put((short) 13, 1);
        form.setSkillSearch(" ING ");
        assertThat(form.suggestions(referenceData, Locale.ENGLISH)).containsExactly(BOOKKEEPING, COOKING);
        form.setSkillSearch("  ");
        assertThat(form.suggestions(referenceData, DANISH)).isEmpty();
    }

    @Test
    void aLongSearchIsCutTo100Characters() {
        form.setSkillSearch("a".repeat(150));
        assertThat(form.getSkillSearch()).hasSize(100);
    }
}
