package dk.jobandel.platform.web;

import dk.jobandel.platform.SignedInMember;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The header's links for one page, decided once in Java: which areas the signed-in member's roles open, and which
 * link is the current page's. The layout reads it as {@code #nav}; it used to ask a security expression per link
 * (seventeen on a consultant's page), which cost about a sixth of the rendering time under load.
 *
 * <p>This only chooses what the header shows; every route keeps its own access rule in the security configuration.
 */
public final class Navigation {

    /** A header link: its address, the message key of its text, and whether it is the page being shown. */
    public record Link(String href, String labelKey, boolean current) {}

    private static final Navigation VISITOR = new Navigation(false, "", Set.of(), "/", "/");

    private final boolean signedIn;
    private final String displayName;
    private final String path;
    private final String returnTo;
    private final boolean freelancer;
    private final boolean cooperative;
    private final boolean consultant;

    private Navigation(boolean signedIn, String displayName, Set<String> roles, String path, String returnTo) {
        this.signedIn = signedIn;
        this.displayName = displayName;
        this.path = path;
        this.returnTo = returnTo;
        this.freelancer = roles.contains("FREELANCER");
        this.cooperative = roles.contains("COOPERATIVE");
        this.consultant = roles.contains("CONSULTANT") || roles.contains("ADMIN");
    }

    /**
     * The navigation for a request.
     *
     * @param authentication the request's authentication, or {@code null}
     * @param path the page's path within the application, without its query
     */
    public static Navigation of(@Nullable Authentication authentication, String path) {
        return of(authentication, path, null);
    }

    /**
     * The navigation for a request.
     *
     * @param authentication the request's authentication, or {@code null}
     * @param path the page's path within the application, without its query
     * @param query the page's query string, or {@code null}
     */
    public static Navigation of(@Nullable Authentication authentication, String path, @Nullable String query) {
        String returnTo = query == null ? path : path + "?" + query;
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return returnTo.equals("/") ? VISITOR : new Navigation(false, "", Set.of(), path, returnTo);
        }
        String name = authentication.getPrincipal() instanceof SignedInMember member
                ? member.displayName()
                : authentication.getName();
        return new Navigation(true, name, roles(authentication.getAuthorities()), path, returnTo);
    }

    private static Set<String> roles(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean signedIn() {
        return signedIn;
    }

    /** The page's own address with its query, so that the language switch can bring the visitor back to it. */
    public String returnTo() {
        return returnTo;
    }

    /** The signed-in member's name, shown on the user menu. */
    public String displayName() {
        return displayName;
    }

    /** Whether the member sees the consultants' areas (consultants and admins): the review queue and "More". */
    public boolean consultant() {
        return consultant;
    }

    public Link dashboard() {
        return link("/dashboard", "nav.dashboard");
    }

    public Link notifications() {
        return link("/notifications", "nav.notifications");
    }

    public Link review() {
        return link("/consultant/review", "nav.review");
    }

    public Link account() {
        return link("/account", "nav.account");
    }

    /** The links between the notifications and the review queue, in the header's order. */
    public List<Link> areas() {
        List<Link> links = new ArrayList<>();
        if (freelancer) {
            links.add(link("/profile", "nav.profile"));
        }
        if (cooperative) {
            links.add(link("/roles", "nav.roles"));
        }
        if (consultant) {
            links.add(link("/consultant/organisations", "nav.organisations"));
            links.add(link("/consultant/roles", "nav.roles"));
            links.add(link("/consultant/freelancers", "nav.freelancers"));
            links.add(link("/consultant/matching", "nav.matching"));
        }
        return links;
    }

    /** The links after the review queue. */
    public List<Link> moreAreas() {
        List<Link> links = new ArrayList<>();
        if (cooperative || consultant) {
            links.add(link("/pools", "nav.pools"));
        }
        if (freelancer || cooperative) {
            links.add(link("/offers", "nav.offers"));
        }
        if (cooperative) {
            links.add(link("/organisation/impact", "nav.impact"));
            links.add(link("/partnerships", "nav.partnerships"));
            links.add(link("/procurement", "nav.procurement"));
        }
        return links;
    }

    /** The consultants' less daily areas, behind "More". */
    public List<Link> behindMore() {
        if (!consultant) {
            return List.of();
        }
        return List.of(
                link("/consultant/impact", "nav.impact"),
                link("/consultant/partnerships", "nav.partnerships"),
                link("/procurement", "nav.procurement"));
    }

    /** The links of a visitor who is not signed in. */
    public List<Link> visitorLinks() {
        return List.of(link("/register", "nav.register"), link("/login", "nav.login"));
    }

    /** A link is the current page's on its own address and on the pages beneath it (/roles/12 under /roles). */
    private Link link(String href, String labelKey) {
        boolean current = path.equals(href) || path.startsWith(href + "/");
        return new Link(href, labelKey, current);
    }
}
