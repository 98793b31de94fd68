package dk.jobandel.platform.web;

import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is looking at the page, as the layout needs it: signed in or not, and the roles that decide the navigation.
 * Worked out once per request from the security context, so the templates test plain booleans ({@code
 * ${viewer.consultant}}) instead of evaluating a security expression for every menu item (with Thymeleaf's
 * {@code sec:authorize}, each one builds its own expression context: a tenth of a page's rendering time).
 */
public record Viewer(boolean signedIn, boolean freelancer, boolean cooperative, boolean consultant, boolean admin) {

    static final Viewer ANONYMOUS = new Viewer(false, false, false, false, false);

    static Viewer of(@Nullable Authentication authentication) {
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        Collection<? extends GrantedAuthority> authorities = authentication.getAuthorities();
        return new Viewer(
                true,
                has(authorities, "ROLE_FREELANCER"),
                has(authorities, "ROLE_COOPERATIVE"),
                has(authorities, "ROLE_CONSULTANT"),
                has(authorities, "ROLE_ADMIN"));
    }

    /** A consultant or an admin: the overseers, who see the consultants' menu. */
    public boolean overseer() {
        return consultant || admin;
    }

    /** Staff of an organisation or an overseer: who sees the pools menu. */
    public boolean poolsMenu() {
        return cooperative || overseer();
    }

    /** A member with offers of their own: a freelancer or an organisation's staff. */
    public boolean offersMenu() {
        return freelancer || cooperative;
    }

    private static boolean has(Collection<? extends GrantedAuthority> authorities, String role) {
        for (GrantedAuthority authority : authorities) {
            if (role.equals(authority.getAuthority())) {
                return true;
            }
        }
        return false;
    }
}
