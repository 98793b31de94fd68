package dk.jobandel.privacy.web;

import dk.jobandel.platform.ConcealedAsNotFound;
import dk.jobandel.platform.ConsentLog.Purpose;
import dk.jobandel.platform.PageNotFound;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.privacy.Consents;
import dk.jobandel.privacy.Erasures;
import dk.jobandel.privacy.Exports;
import dk.jobandel.privacy.ProfileViews;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member's own data: the export, consents, who looked at the profile, and erasing the account. */
@Controller
@RequestMapping("/privacy/my-data")
class MyDataController {

    private final Exports exports;
    private final Consents consents;
    private final ProfileViews views;
    private final Erasures erasures;

    MyDataController(Exports exports, Consents consents, ProfileViews views, Erasures erasures) {
        this.exports = exports;
        this.consents = consents;
        this.views = views;
        this.erasures = erasures;
    }

    @GetMapping
    String page(@AuthenticationPrincipal SignedInMember me, Model model) {
        model.addAttribute("exports", exports.of(me.accountId()));
        model.addAttribute("consents", consents.of(me.accountId()));
        var readers = views.ofOwnProfile(me);
        model.addAttribute("freelancer", readers.isPresent());
        model.addAttribute("views", readers.orElse(java.util.List.of()));
        return "privacy/my-data";
    }

    @PostMapping("/exports")
    String requestExport(@AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
        exports.request(me.accountId());
        redirect.addFlashAttribute("flash", "privacy.export.requested");
        return "redirect:/privacy/my-data";
    }

    /** Another member's export, an expired one or one not built yet: 404, as if it did not exist. */
    @GetMapping("/exports/{id}/download")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal SignedInMember me, @PathVariable long id) {
        var file = exports.download(id, me.accountId()).orElseThrow(() -> new ExportNotFound(id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.name())
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.content());
    }

    @PostMapping("/consents/{purpose}/withdraw")
    String withdraw(
            @AuthenticationPrincipal SignedInMember me, @PathVariable String purpose, RedirectAttributes redirect) {
        Purpose which = purpose(purpose).orElseThrow(() -> new NoSuchPurpose());
        if (which == Purpose.SIGN_UP_TERMS) {
            // the account exists on these terms: withdrawing them is erasing it
            return "redirect:/privacy/my-data/erase";
        }
        consents.withdraw(me.accountId(), which);
        redirect.addFlashAttribute("flash", "privacy.consent.withdrawn");
        return "redirect:/privacy/my-data";
    }

    @PostMapping("/consents/{purpose}/give")
    String give(@AuthenticationPrincipal SignedInMember me, @PathVariable String purpose, RedirectAttributes redirect) {
        Purpose which =
                purpose(purpose).filter(p -> p == Purpose.POOL_VISIBILITY).orElseThrow(() -> new NoSuchPurpose());
        consents.give(me.accountId(), which);
        redirect.addFlashAttribute("flash", "privacy.consent.given");
        return "redirect:/privacy/my-data";
    }

    @GetMapping("/erase")
    String eraseForm(@AuthenticationPrincipal SignedInMember me, Model model) {
        model.addAttribute("erasureForm", new ErasureForm());
        return erasePage(me, model);
    }

    @PostMapping("/erase")
    String erase(
            @AuthenticationPrincipal SignedInMember me,
            @Valid @ModelAttribute("erasureForm") ErasureForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            Authentication authentication,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            switch (erasures.eraseSelf(me.accountId(), form.getPassword(), form.getCode())) {
                case ERASED -> {
                    new SecurityContextLogoutHandler().logout(request, response, authentication);
                    redirect.addFlashAttribute("flash", "privacy.erase.done");
                    return "redirect:/";
                }
                case WRONG_PASSWORD -> result.rejectValue("password", "privacy.erase.wrongPassword");
                case WRONG_CODE -> result.rejectValue("code", "privacy.erase.wrongCode");
                case BLOCKED, NOT_FOUND -> result.reject("privacy.erase.blocked");
            }
        }
        form.setPassword("");
        form.setCode("");
        return erasePage(me, model);
    }

    private String erasePage(SignedInMember me, Model model) {
        model.addAttribute("blockers", erasures.blockers(me.accountId()));
        model.addAttribute("secondFactor", erasures.asksForSecondFactor(me.accountId()));
        return "privacy/erase";
    }

    private static Optional<Purpose> purpose(String name) {
        return Arrays.stream(Purpose.values())
                .filter(p -> p.name().equals(name))
                .findFirst();
    }

    /**
     * No export by that id that the member may download: another member's, an expired one or one not built yet all
     * read alike, so the security log counts it among the possible denials.
     */
    static final class ExportNotFound extends PageNotFound implements ConcealedAsNotFound {
        ExportNotFound(long exportId) {
            super("No export " + exportId + " for this member");
        }
    }

    /** A consent purpose that does not exist, or one that cannot be given or withdrawn on this page. */
    static final class NoSuchPurpose extends PageNotFound {}
}
