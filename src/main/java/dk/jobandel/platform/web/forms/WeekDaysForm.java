package dk.jobandel.platform.web.forms;

import dk.jobandel.shared.WeekGrid;
import dk.jobandel.shared.WeekGridFormatException;
import java.time.DayOfWeek;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;

/**
 * The part of a form that holds a week as one text field per day ({@code day0} … {@code day6},
 * "08:00–12:00, 13:00–16:00"): what pages show without JavaScript and what the week-grid widget
 * (/js/week-grid.js) writes when a person paints. Forms with a week extend it.
 */
public abstract class WeekDaysForm {

    private final String[] days = {"", "", "", "", "", "", ""};

    /** The quick-fill button as the request names it ({@code fill=weekdays}). */
    private @Nullable String fill;

    /** Whether the quick fill "weekdays 8–16" sent the form, rather than its save button. */
    public boolean fillingWeekdays() {
        return "weekdays".equals(fill);
    }

    public void setFill(@Nullable String fill) {
        this.fill = fill;
    }

    /** Shows the grid as text in the seven fields. */
    protected void fill(WeekGrid grid) {
        for (DayOfWeek day : DayOfWeek.values()) {
            days[day.ordinal()] = grid.formatDay(day);
        }
    }

    /** Monday to Friday 08:00–16:00, the most common pattern, as a quick fill that works without JavaScript. */
    public void fillWeekdays() {
        for (int day = 0; day < 5; day++) {
            days[day] = "08:00–16:00";
        }
    }

    /**
     * The quick fill without JavaScript: the form, named {@code name} in the model, comes back filled and unsaved,
     * without error messages yet, and the page says that it was filled ({@code filled}).
     */
    public void fillWeekdays(Model model, String name) {
        fillWeekdays();
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, new BeanPropertyBindingResult(this, name));
        model.addAttribute("filled", true);
    }

    /** Parses every day, rejecting each field that cannot be read with the precise reason. */
    public WeekGrid toGrid(Errors errors) {
        WeekGrid grid = WeekGrid.EMPTY;
        for (DayOfWeek day : DayOfWeek.values()) {
            try {
                grid = grid.union(WeekGrid.parseDay(day, days[day.ordinal()]));
            } catch (WeekGridFormatException e) {
                errors.rejectValue("day" + day.ordinal(), e.messageCode(), e.arguments(), e.getMessage());
            }
        }
        return grid;
    }

    public String getDay0() {
        return days[0];
    }

    public void setDay0(String value) {
        days[0] = value;
    }

    public String getDay1() {
        return days[1];
    }

    public void setDay1(String value) {
        days[1] = value;
    }

    public String getDay2() {
        return days[2];
    }

    public void setDay2(String value) {
        days[2] = value;
    }

    public String getDay3() {
        return days[3];
    }

    public void setDay3(String value) {
        days[3] = value;
    }

    public String getDay4() {
        return days[4];
    }

    public void setDay4(String value) {
        days[4] = value;
    }

    public String getDay5() {
        return days[5];
    }

    public void setDay5(String value) {
        days[5] = value;
    }

    public String getDay6() {
        return days[6];
    }

    public void setDay6(String value) {
        days[6] = value;
    }
}
