package dk.jobandel.freelancers.web;

import dk.jobandel.freelancers.Profile;
import dk.jobandel.shared.WeekGrid;
import dk.jobandel.shared.WeekGridFormatException;
import java.time.DayOfWeek;
import org.springframework.validation.Errors;

/**
 * The weekly availability as one text field per day ("08:00–12:00, 13:00–16:00"). The painted grid
 * (JavaScript) writes these same fields, so both ways of editing save through one path.
 */
public class AvailabilityForm {

    private long version;
    private final String[] days = {"", "", "", "", "", "", ""};

    static AvailabilityForm of(Profile profile) {
        var form = new AvailabilityForm();
        form.version = profile.version();
        form.fill(profile.availability());
        return form;
    }

    void fill(WeekGrid grid) {
        for (DayOfWeek day : DayOfWeek.values()) {
            days[day.ordinal()] = grid.formatDay(day);
        }
    }

    /** Parses every day, rejecting each field that cannot be read with the precise reason. */
    WeekGrid toGrid(Errors errors) {
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

    /** Monday to Friday 08:00–16:00, the most common pattern, as a quick fill that works without JavaScript. */
    void fillWeekdays() {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.getValue() <= DayOfWeek.FRIDAY.getValue()) {
                days[day.ordinal()] = "08:00–16:00";
            }
        }
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
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
