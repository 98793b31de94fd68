package dk.jobandel.agreements.web;

import dk.jobandel.agreements.Agreement;
import dk.jobandel.agreements.AgreementChanged;
import dk.jobandel.agreements.Agreements;
import dk.jobandel.agreements.EndRefused;
import dk.jobandel.audit.AuditTrail;
import dk.jobandel.members.Actor;
import dk.jobandel.members.Actors;
import dk.jobandel.platform.PageNotFound;
import dk.jobandel.platform.ProfileViewLog;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.shared.ReferenceData;
import dk.jobandel.shared.WeekPicture;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An agreement's page, ending it, and its calendar file. {@link Agreements} decides who may see it (its freelancers,
 * the cooperative's staff, consultants and admins, and for a pool agreement the staff of each member with a part in
 * it): for anybody else it is not found. Only its freelancers and the cooperative's (the host's) staff may end it.
 */
@Controller
@RequestMapping("/agreements")
class AgreementController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final Actors actors;
    private final Agreements agreements;
    private final AuditTrail audit;
    private final ReferenceData referenceData;
    private final Clock clock;
    private final ProfileViewLog viewLog;

    AgreementController(
            Actors actors,
            Agreements agreements,
            AuditTrail audit,
            ReferenceData referenceData,
            Clock clock,
            ProfileViewLog viewLog) {
        this.actors = actors;
        this.viewLog = viewLog;
        this.agreements = agreements;
        this.audit = audit;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, Model model) {
        Agreement agreement = agreements.byId(id, actors.of(me));
        // a page that names its freelancers: a consultant's or admin's read is in each one's access log
        agreement.parties().forEach(p -> viewLog.viewed(p.freelancerId(), me, "/agreements/" + id));
        model.addAttribute("form", EndForm.of(agreement.version()));
        return page(model, agreement, me);
    }

    @PostMapping("/{id}/end")
    String end(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @Valid @ModelAttribute("form") EndForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        Agreement agreement = agreements.byId(id, actor);
        if (!agreement.isParty(me.accountId()) && !agreement.isStaff(me.accountId())) {
            throw new NotAParty();
        }
        if (!result.hasErrors()) {
            try {
                agreements.end(
                        id, form.getVersion(), actor, Objects.requireNonNull(form.getLastDay()), form.getReason());
                redirect.addFlashAttribute("flash", "agreement.end.done");
                return "redirect:/agreements/" + id;
            } catch (EndRefused refused) {
                result.rejectValue("lastDay", refused.messageCode());
            } catch (AgreementChanged changed) {
                agreement = agreements.byId(id, actor);
                form.setVersion(agreement.version());
                model.addAttribute("conflict", true);
            }
        }
        return page(model, agreement, me);
    }

    /**
     * The schedule as an iCalendar file: a freelancer gets their own time, the cooperative's staff (and consultants)
     * everybody's.
     */
    @GetMapping("/{id}/calendar.ics")
    ResponseEntity<String> calendar(@AuthenticationPrincipal SignedInMember me, @PathVariable long id) {
        Agreement agreement = agreements.byId(id, actors.of(me));
        boolean ownOnly = agreement.isParty(me.accountId()) && !agreement.isStaff(me.accountId());
        List<Agreement.Party> people = ownOnly
                ? agreement.parties().stream()
                        .filter(p -> p.freelancerId() == me.accountId())
                        .toList()
                : agreement.parties();
        String body = AgreementCalendar.of(agreement, people, !ownOnly, clock.instant());
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("jobandel-aftale-" + id + ".ics")
                                .build()
                                .toString())
                .body(body);
    }

    private String page(Model model, Agreement agreement, SignedInMember me) {
        Map<Long, WeekPicture> pictures = new LinkedHashMap<>();
        agreement.parties().forEach(p -> pictures.put(p.freelancerId(), WeekPicture.of(p.slots())));
        model.addAttribute("agreement", agreement);
        model.addAttribute("pictures", pictures);
        model.addAttribute("parts", agreement.pool() == null ? null : PartsPicture.of(agreement.pool()));
        model.addAttribute("timeline", audit.timeline(Agreements.SUBJECT_TYPE, agreement.id()));
        model.addAttribute("canEnd", agreement.canBeEndedBy(me.accountId()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("referenceData", referenceData);
        return "agreements/show";
    }

    /** A consultant may read an agreement but not end it: the form is not there for them. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    static final class NotAParty extends PageNotFound {}
}
