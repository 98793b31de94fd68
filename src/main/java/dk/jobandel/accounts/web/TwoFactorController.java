package dk.jobandel.accounts.web;

import dk.jobandel.accounts.SecondFactors;
import dk.jobandel.members.Accounts;
import dk.jobandel.platform.SecondFactor;
import dk.jobandel.platform.SignedInMember;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second factor: the page that asks for a code after the password, the set-up with a QR code (and the secret
 * as text), recovery codes, and turning it off where the member's role allows.
 */
@Controller
class TwoFactorController {

    private static final String CHALLENGE_VIEW = "accounts/two-factor";
    private static final String SETUP_VIEW = "accounts/two-factor-setup";
    private static final String CODES_VIEW = "accounts/recovery-codes";

    private final SecondFactors factors;
    private final Accounts accounts;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    TwoFactorController(SecondFactors factors, Accounts accounts) {
        this.factors = factors;
        this.accounts = accounts;
    }

    @GetMapping(SecondFactor.PAGE)
    String challenge(@AuthenticationPrincipal SignedInMember me) {
        if (!factors.enrolled(me.accountId())) {
            return factors.requiredFor(me) ? "redirect:/account/two-factor/setup" : "redirect:/dashboard";
        }
        return CHALLENGE_VIEW;
    }

    @PostMapping(SecondFactor.PAGE)
    String giveCode(
            @AuthenticationPrincipal SignedInMember me,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        switch (factors.check(me.accountId(), code)) {
            case ACCEPTED -> {
                grantFactor(me, request, response);
                return "redirect:/dashboard";
            }
            case ACCEPTED_RECOVERY_CODE -> {
                grantFactor(me, request, response);
                redirect.addFlashAttribute("flash", "twoFactor.recoveryCodeUsed");
                return "redirect:/account#two-factor";
            }
            case THROTTLED -> model.addAttribute("codeError", "account.throttled");
            case REJECTED -> model.addAttribute("codeError", "twoFactor.code.wrong");
        }
        return CHALLENGE_VIEW;
    }

    @GetMapping("/account/two-factor/setup")
    String setup(@AuthenticationPrincipal SignedInMember me, Model model, RedirectAttributes redirect) {
        var enrolment = factors.startEnrolment(me.accountId());
        if (enrolment.isEmpty()) {
            redirect.addFlashAttribute("flash", "twoFactor.already");
            return "redirect:/account#two-factor";
        }
        return setupPage(enrolment.get(), me, model);
    }

    @PostMapping("/account/two-factor/setup")
    String confirmSetup(
            @AuthenticationPrincipal SignedInMember me,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var codes = factors.confirmEnrolment(me.accountId(), code);
        if (codes.isPresent()) {
            grantFactor(me, request, response);
            model.addAttribute("codes", codes.get());
            return CODES_VIEW;
        }
        var pending = factors.pendingEnrolment(me.accountId());
        if (pending.isEmpty()) {
            return "redirect:/account#two-factor";
        }
        model.addAttribute("codeError", "twoFactor.code.wrong");
        return setupPage(pending.get(), me, model);
    }

    @PostMapping("/account/two-factor/recovery-codes")
    String renewCodes(@AuthenticationPrincipal SignedInMember me, Model model) {
        if (!factors.enrolled(me.accountId())) {
            return "redirect:/account#two-factor";
        }
        model.addAttribute("codes", factors.renewRecoveryCodes(me.accountId()));
        return CODES_VIEW;
    }

    @PostMapping("/account/two-factor/disable")
    String disable(
            @AuthenticationPrincipal SignedInMember me,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!factors.disable(me)) {
            redirect.addFlashAttribute("flash", "twoFactor.requiredForRole");
            return "redirect:/account#two-factor";
        }
        accounts.refreshSession(me.accountId(), request, response);
        redirect.addFlashAttribute("flash", "twoFactor.disabled");
        return "redirect:/account#two-factor";
    }

    private String setupPage(SecondFactors.Enrolment enrolment, SignedInMember me, Model model) {
        model.addAttribute("secret", enrolment.secret());
        model.addAttribute("qr", QrCodes.of(enrolment.uri()));
        model.addAttribute("required", factors.requiredFor(me));
        return SETUP_VIEW;
    }

    /**
     * The member proved the second factor: the session's authentication gains its factor authority, under a new
     * session id (as at any change of privilege), and the principal is read again so that it knows the factor is set
     * up.
     */
    private void grantFactor(SignedInMember me, HttpServletRequest request, HttpServletResponse response) {
        Authentication current = contexts.getContext().getAuthentication();
        List<GrantedAuthority> authorities = new ArrayList<>(current.getAuthorities());
        authorities.removeIf(a -> SecondFactor.AUTHORITY.equals(a.getAuthority()));
        authorities.add(FactorGrantedAuthority.fromAuthority(SecondFactor.AUTHORITY));
        var context = contexts.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(current.getPrincipal(), null, authorities));
        contexts.setContext(context);
        request.changeSessionId();
        repository.saveContext(context, request, response);
        accounts.refreshSession(me.accountId(), request, response);
    }
}
