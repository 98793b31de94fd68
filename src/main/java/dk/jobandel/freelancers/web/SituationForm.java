package dk.jobandel.freelancers.web;

import dk.jobandel.freelancers.Profile;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Optional facts about the person's situation, kept only with their explicit consent. */
public class SituationForm {

    private long version;
    private boolean consent;
    private boolean lacksPension;
    private boolean lacksHolidayPay;
    private boolean akasseMember;
    private boolean flexjobEligible;

    static SituationForm of(Profile profile) {
        var form = new SituationForm();
        form.version = profile.version();
        var situation = profile.situation();
        if (situation != null) {
            form.consent = true;
            form.lacksPension = situation.lacksPension();
            form.lacksHolidayPay = situation.lacksHolidayPay();
            form.akasseMember = situation.akasseMember();
            form.flexjobEligible = situation.flexjobEligible();
        }
        return form;
    }

    /** Without consent nothing is kept, whatever boxes were ticked. */
    Profile.@Nullable Situation toSituation(Instant now) {
        return consent
                ? new Profile.Situation(now, lacksPension, lacksHolidayPay, akasseMember, flexjobEligible)
                : null;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public boolean isLacksPension() {
        return lacksPension;
    }

    public void setLacksPension(boolean lacksPension) {
        this.lacksPension = lacksPension;
    }

    public boolean isLacksHolidayPay() {
        return lacksHolidayPay;
    }

    public void setLacksHolidayPay(boolean lacksHolidayPay) {
        this.lacksHolidayPay = lacksHolidayPay;
    }

    public boolean isAkasseMember() {
        return akasseMember;
    }

    public void setAkasseMember(boolean akasseMember) {
        this.akasseMember = akasseMember;
    }

    public boolean isFlexjobEligible() {
        return flexjobEligible;
    }

    public void setFlexjobEligible(boolean flexjobEligible) {
        this.flexjobEligible = flexjobEligible;
    }
}
