package dk.jobandel.freelancers.web;

import dk.jobandel.freelancers.Profile;
import dk.jobandel.platform.web.forms.WeekDaysForm;

/** The weekly availability, one text field per day; the painted grid writes the same fields. */
public class AvailabilityForm extends WeekDaysForm {

    private long version;

    static AvailabilityForm of(Profile profile) {
        var form = new AvailabilityForm();
        form.version = profile.version();
        form.fill(profile.availability());
        return form;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
