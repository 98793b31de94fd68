package dk.jobandel.freelancers.web;

import dk.jobandel.freelancers.FreelancerList;
import dk.jobandel.freelancers.FreelancerProfiles;
import dk.jobandel.members.MemberDirectory;
import dk.jobandel.platform.ListPage;
import dk.jobandel.platform.PageNotFound;
import dk.jobandel.platform.ProfileViewLog;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.shared.ReferenceData;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Consultants and admins read freelancers' profiles; they cannot change them. */
@Controller
@RequestMapping("/consultant/freelancers")
class ConsultantProfileController {

    private final FreelancerProfiles profiles;
    private final FreelancerList list;
    private final MemberDirectory directory;
    private final ReferenceData referenceData;
    private final ProfileViewLog views;
    private final MessageSource messages;

    ConsultantProfileController(
            FreelancerProfiles profiles,
            FreelancerList list,
            MemberDirectory directory,
            ReferenceData referenceData,
            ProfileViewLog views,
            MessageSource messages) {
        this.messages = messages;
        this.list = list;
        this.views = views;
        this.profiles = profiles;
        this.directory = directory;
        this.referenceData = referenceData;
    }

    /**
     * The list with its search and filters, all plain GET parameters: anything that cannot be read (a municipality or
     * skill that does not exist, hours that are not a number from 1 to 48, a page that is not a number) is shown as
     * an error beside its field and left out of the search, never a server error.
     */
    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String municipality,
            @RequestParam(required = false) @Nullable String skill,
            @RequestParam(required = false) @Nullable String minHours,
            @RequestParam(required = false) @Nullable String complete,
            @RequestParam(required = false) @Nullable String page,
            Locale locale,
            Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        Short municipalityCode = number(municipality, 0, Short.MAX_VALUE)
                .filter(code -> referenceData.municipality(code.shortValue()).isPresent())
                .map(Integer::shortValue)
                .orElse(null);
        if (present(municipality) && municipalityCode == null) {
            errors.put("municipality", "freelancers.list.error.municipality");
        }
        Short skillId = number(skill, 0, Short.MAX_VALUE)
                .filter(id -> referenceData.skill(id.shortValue()).isPresent())
                .map(Integer::shortValue)
                .orElse(null);
        if (present(skill) && skillId == null) {
            errors.put("skill", "freelancers.list.error.skill");
        }
        Integer hours = number(minHours, 1, 48).orElse(null);
        if (present(minHours) && hours == null) {
            errors.put("minHours", "freelancers.list.error.minHours");
        }
        int pageNumber = number(page, 0, 100_000).orElse(0);
        String text = q == null ? null : q.strip();
        if (text != null && text.length() > 100) {
            text = text.substring(0, 100);
        }
        var filter = new FreelancerList.Filter(text, municipalityCode, skillId, hours, "on".equals(complete));
        var result = list.page(filter, pageNumber, ListPage.SIZE);
        model.addAttribute("result", result);
        model.addAttribute("rows", ListedFreelancer.of(result.rows(), referenceData, messages, locale));
        // the pages' links keep the search and filters as typed
        var kept = new LinkedHashMap<String, @Nullable Object>();
        kept.put("q", q);
        kept.put("municipality", municipality);
        kept.put("skill", skill);
        kept.put("minHours", minHours);
        kept.put("complete", "on".equals(complete) ? "on" : null);
        model.addAttribute("previousPage", result.previousLink("/consultant/freelancers", kept));
        model.addAttribute("nextPage", result.nextLink("/consultant/freelancers", kept));
        model.addAttribute("filter", filter);
        model.addAttribute("errors", errors);
        // what the user typed stays in the fields, even when it could not be used
        model.addAttribute(
                "typed",
                Map.of(
                        "q", q == null ? "" : q,
                        "municipality", municipality == null ? "" : municipality,
                        "skill", skill == null ? "" : skill,
                        "minHours", minHours == null ? "" : minHours));
        model.addAttribute("complete", "on".equals(complete));
        return "freelancers/list";
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    private static Optional<Integer> number(@Nullable String value, int min, int max) {
        if (!present(value)) {
            return Optional.empty();
        }
        try {
            int n = Integer.parseInt(value.strip());
            return n < min || n > max ? Optional.empty() : Optional.of(n);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @GetMapping("/{accountId}")
    String profile(@PathVariable long accountId, @AuthenticationPrincipal SignedInMember me, Model model) {
        var freelancer = directory.freelancer(accountId).orElseThrow(() -> new NoSuchFreelancer(accountId));
        // the freelancer sees on their privacy page who read their profile, when and where
        views.viewed(accountId, me, "/consultant/freelancers/" + accountId);
        model.addAttribute("freelancer", freelancer);
        model.addAttribute("displayName", freelancer.displayName());
        ProfileModel.overview(model, profiles.profileOf(accountId), referenceData, false);
        model.addAttribute("readOnly", true);
        return "freelancers/profile";
    }

    /** No freelancer by that account id (none, or another kind of member): the platform's 404 page. */
    static final class NoSuchFreelancer extends PageNotFound {
        NoSuchFreelancer(long accountId) {
            super("No freelancer " + accountId);
        }
    }
}
