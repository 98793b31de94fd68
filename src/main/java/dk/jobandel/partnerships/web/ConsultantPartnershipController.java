package dk.jobandel.partnerships.web;

import dk.jobandel.members.Actor;
import dk.jobandel.members.Actors;
import dk.jobandel.partnerships.BestSovs;
import dk.jobandel.partnerships.PartnershipMatching;
import dk.jobandel.partnerships.PartnershipNeeds;
import dk.jobandel.partnerships.PartnershipReads;
import dk.jobandel.partnerships.SovProfiles;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.shared.ReferenceData;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The consultants' partnership pages: SØVs and their RSV checks, open needs, and the rankings both ways. */
@Controller
@RequestMapping("/consultant/partnerships")
class ConsultantPartnershipController {

    private final Actors actors;
    private final PartnershipReads reads;
    private final SovProfiles profiles;
    private final PartnershipNeeds needs;
    private final PartnershipMatching matching;
    private final BestSovs bestSovs;
    private final ConsultantPages pages;
    private final Clock clock;
    private final ReferenceData referenceData;

    ConsultantPartnershipController(
            Actors actors,
            PartnershipReads reads,
            SovProfiles profiles,
            PartnershipNeeds needs,
            PartnershipMatching matching,
            BestSovs bestSovs,
            ConsultantPages pages,
            ReferenceData referenceData,
            Clock clock) {
        this.referenceData = referenceData;
        this.actors = actors;
        this.reads = reads;
        this.profiles = profiles;
        this.needs = needs;
        this.matching = matching;
        this.bestSovs = bestSovs;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping
    String overview(@AuthenticationPrincipal SignedInMember me, Model model) {
        Actor actor = actors.of(me);
        var sovs = profiles.all(actor);
        var open = needs.open(actor);
        model.addAttribute("sovs", sovs);
        model.addAttribute("needs", open);
        model.addAttribute("bestSovs", bestSovs.forOpenNeeds(actor));
        model.addAttribute("today", LocalDate.now(clock));
        pages.addOverview(actor, model);
        reads.logReads(
                actor, open.stream().map(PartnershipNeeds.Need::organisationId).toList(), "NEED_LIST");
        reads.logReads(
                actor, sovs.stream().map(SovProfiles.Listed::organisationId).toList(), "SOV_LIST");
        return "partnerships/consultant";
    }

    @GetMapping("/sovs/{id}")
    String sov(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, Model model) {
        Actor actor = actors.of(me);
        SovProfiles.View sov = profiles.view(actor, id);
        model.addAttribute("sov", sov);
        model.addAttribute("today", LocalDate.now(clock));
        var matches = sov.hasProfile() ? matching.needsFor(actor, id) : java.util.List.<PartnershipMatching.Ranked>of();
        model.addAttribute("matches", matches);
        reads.logReads(actor, matching.firmsOf(matches), "RANKING");
        return "partnerships/sov";
    }

    @PostMapping("/sovs/{id}/rsv-check")
    String rsvCheck(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean found,
            RedirectAttributes redirect) {
        profiles.recordRsvCheck(actors.of(me), id, found);
        redirect.addFlashAttribute("flash", "partnerships.rsv.checked");
        return "redirect:/consultant/partnerships/sovs/" + id;
    }

    @GetMapping("/needs/{id}")
    String need(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, Model model) {
        Actor actor = actors.of(me);
        model.addAttribute("need", needs.byId(actor, id));
        var matches = matching.sovsFor(actor, id);
        model.addAttribute("matches", matches);
        pages.addNeed(actor, id, model);
        reads.logReads(
                actor, matches.stream().map(PartnershipMatching.Ranked::otherId).toList(), "RANKING");
        return "partnerships/consultant-need";
    }

    @ModelAttribute("referenceData")
    ReferenceData referenceData() {
        return referenceData;
    }

    @ModelAttribute("regionsByCode")
    java.util.Map<Short, dk.jobandel.shared.Region> regionsByCode() {
        return referenceData.regions().stream()
                .collect(java.util.stream.Collectors.toMap(dk.jobandel.shared.Region::code, r -> r));
    }
}
