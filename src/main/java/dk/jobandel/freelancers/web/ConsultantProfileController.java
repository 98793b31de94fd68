package dk.jobandel.freelancers.web;

import dk.jobandel.freelancers.FreelancerProfiles;
import dk.jobandel.members.MemberDirectory;
import dk.jobandel.platform.ProfileViewLog;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.shared.ReferenceData;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Consultants and admins read freelancers' profiles; they cannot change them. */
@Controller
@RequestMapping("/consultant/freelancers")
class ConsultantProfileController {

    private static final int PAGE_SIZE = 50;

    private final FreelancerProfiles profiles;
    private final MemberDirectory directory;
    private final ReferenceData referenceData;
    private final ProfileViewLog views;

    ConsultantProfileController(
            FreelancerProfiles profiles, MemberDirectory directory, ReferenceData referenceData, ProfileViewLog views) {
        this.views = views;
        this.profiles = profiles;
        this.directory = directory;
        this.referenceData = referenceData;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        int safePage = Math.max(0, page);
        model.addAttribute("freelancers", directory.freelancers(safePage, PAGE_SIZE));
        model.addAttribute("page", safePage);
        return "freelancers/list";
    }

    @GetMapping("/{accountId}")
    String profile(@PathVariable long accountId, @AuthenticationPrincipal SignedInMember me, Model model) {
        var freelancer = directory
                .freelancer(accountId)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        // the freelancer sees on their privacy page who read their profile, when and where
        views.viewed(accountId, me, "/consultant/freelancers/" + accountId);
        model.addAttribute("freelancer", freelancer);
        model.addAttribute("displayName", freelancer.displayName());
        ProfileModel.overview(model, profiles.profileOf(accountId), referenceData, false);
        model.addAttribute("readOnly", true);
        return "freelancers/profile";
    }
}
