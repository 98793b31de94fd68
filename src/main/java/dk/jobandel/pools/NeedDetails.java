package dk.jobandel.pools;

import dk.jobandel.shared.WeekGrid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A member's part-time need: the window in the week the hours fall in ({@code schedule}), how many hours of it
 * (at most the window's), the place (a municipality, or remote with none), the period and the skills. Checked by
 * {@link Pools#check(NeedDetails)}.
 */
public record NeedDetails(
        String title,
        WeekGrid schedule,
        @Nullable BigDecimal hoursPerWeek,
        boolean remote,
        @Nullable Short municipalityCode,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        List<NeedSkill> skills) {

    public NeedDetails {
        skills = List.copyOf(skills);
    }

    /** One rule a need breaks: the form field to change, the message code and its arguments. */
    public record Problem(String field, String code, Object... arguments) {}
}
