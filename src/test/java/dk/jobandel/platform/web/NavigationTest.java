package dk.jobandel.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.platform.web.Navigation.Link;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

class NavigationTest {

    private static Navigation signedIn(String path, String... roles) {
        var authorities = AuthorityUtils.createAuthorityList(
                java.util.Arrays.stream(roles).map(role -> "ROLE_" + role).toArray(String[]::new));
        return Navigation.of(
                UsernamePasswordAuthenticationToken.authenticated("maja@example.dk", null, authorities), path);
    }

    private static List<String> hrefs(List<Link> links) {
        return links.stream().map(Link::href).toList();
    }

    private static List<String> current(Navigation nav) {
        return java.util.stream.Stream.of(
                        List.of(nav.dashboard(), nav.notifications(), nav.review(), nav.account()),
                        nav.areas(),
                        nav.moreAreas(),
                        nav.behindMore(),
                        nav.visitorLinks())
                .flatMap(List::stream)
                .filter(Link::current)
                .map(Link::href)
                .distinct()
                .toList();
    }

    @Test
    void theLanguageSwitchReturnsToThePageWithItsQuery() {
        var authorities = AuthorityUtils.createAuthorityList("ROLE_CONSULTANT");
        var token = UsernamePasswordAuthenticationToken.authenticated("maja@example.dk", null, authorities);

        assertThat(Navigation.of(token, "/consultant/freelancers", "q=maja&page=2")
                        .returnTo())
                .isEqualTo("/consultant/freelancers?q=maja&page=2");
        assertThat(Navigation.of(token, "/consultant/freelancers", null).returnTo())
                .isEqualTo("/consultant/freelancers");
        assertThat(Navigation.of(null, "/login", "expired").returnTo()).isEqualTo("/login?expired");
        assertThat(Navigation.of(null, "/").returnTo()).isEqualTo("/");
    }

    @Test
    void aVisitorSeesRegisterAndLogInOnly() {
        Navigation nav = Navigation.of(null, "/login");
        Navigation anonymous = Navigation.of(
                new AnonymousAuthenticationToken(
                        "key", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")),
                "/");

        assertThat(nav.signedIn()).isFalse();
        assertThat(anonymous.signedIn()).isFalse();
        assertThat(hrefs(nav.visitorLinks())).containsExactly("/register", "/login");
        assertThat(current(nav)).containsExactly("/login");
    }

    @Test
    void eachRoleSeesItsOwnAreasInTheHeadersOrder() {
        Navigation freelancer = signedIn("/dashboard", "FREELANCER");
        Navigation cooperative = signedIn("/dashboard", "COOPERATIVE");
        Navigation consultant = signedIn("/dashboard", "CONSULTANT");

        assertThat(freelancer.signedIn()).isTrue();
        assertThat(hrefs(freelancer.areas())).containsExactly("/profile");
        assertThat(hrefs(freelancer.moreAreas())).containsExactly("/offers");
        assertThat(freelancer.consultant()).isFalse();
        assertThat(freelancer.behindMore()).isEmpty();

        assertThat(hrefs(cooperative.areas())).containsExactly("/roles");
        assertThat(hrefs(cooperative.moreAreas()))
                .containsExactly("/pools", "/offers", "/organisation/impact", "/partnerships", "/procurement");

        assertThat(hrefs(consultant.areas()))
                .containsExactly(
                        "/consultant/organisations",
                        "/consultant/roles",
                        "/consultant/freelancers",
                        "/consultant/matching");
        assertThat(hrefs(consultant.moreAreas())).containsExactly("/pools");
        assertThat(consultant.consultant()).isTrue();
        assertThat(hrefs(consultant.behindMore()))
                .containsExactly("/consultant/impact", "/consultant/partnerships", "/procurement");
    }

    @Test
    void anAdminSeesWhatAConsultantSees() {
        Navigation admin = signedIn("/dashboard", "ADMIN");

        assertThat(admin.consultant()).isTrue();
        assertThat(hrefs(admin.areas()))
                .isEqualTo(hrefs(signedIn("/dashboard", "CONSULTANT").areas()));
    }

    @Test
    void theCurrentLinkIsThePagesOwnOrTheOneAboveIt() {
        assertThat(current(signedIn("/roles/12", "COOPERATIVE"))).containsExactly("/roles");
        assertThat(current(signedIn("/consultant/roles/17/proposals", "CONSULTANT")))
                .containsExactly("/consultant/roles");
        assertThat(current(signedIn("/consultant/review", "CONSULTANT"))).containsExactly("/consultant/review");
        // a page whose address only begins like another's is not beneath it
        assertThat(current(signedIn("/rolesearch", "COOPERATIVE"))).isEmpty();
        assertThat(current(signedIn("/notifications", "FREELANCER"))).containsExactly("/notifications");
    }
}
