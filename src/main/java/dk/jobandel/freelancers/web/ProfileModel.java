package dk.jobandel.freelancers.web;

import dk.jobandel.freelancers.Profile;
import dk.jobandel.freelancers.WorkStyle;
import dk.jobandel.shared.ReferenceData;
import dk.jobandel.shared.WeekPicture;
import org.springframework.ui.Model;

/** What a page showing a profile (own, a consultant's view, or a conflict panel) needs in its model. */
final class ProfileModel {

    private ProfileModel() {}

    static void overview(Model model, Profile profile, ReferenceData referenceData, boolean asSaved) {
        model.addAttribute(asSaved ? "saved" : "profile", profile);
        model.addAttribute(asSaved ? "savedPicture" : "picture", WeekPicture.of(profile.availability()));
        model.addAttribute("completeness", profile.completeness());
        model.addAttribute("referenceData", referenceData);
        model.addAttribute("questions", WorkStyle.KEYS);
    }
}
