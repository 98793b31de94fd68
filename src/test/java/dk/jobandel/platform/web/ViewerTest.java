package dk.jobandel.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

class ViewerTest {

    @Test
    void nobodyAndTheAnonymousVisitorAreNotSignedIn() {
        assertThat(Viewer.of(null)).isEqualTo(Viewer.ANONYMOUS);
        var anonymous = new AnonymousAuthenticationToken(
                "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        assertThat(Viewer.of(anonymous).signedIn()).isFalse();
    }

    @Test
    void theRolesDecideTheMenus() {
        var consultant = Viewer.of(signedIn("ROLE_CONSULTANT"));
        assertThat(consultant.signedIn()).isTrue();
        assertThat(consultant.overseer()).isTrue();
        assertThat(consultant.poolsMenu()).isTrue();
        assertThat(consultant.offersMenu()).isFalse();

        var cooperative = Viewer.of(signedIn("ROLE_COOPERATIVE"));
        assertThat(cooperative.overseer()).isFalse();
        assertThat(cooperative.poolsMenu()).isTrue();
        assertThat(cooperative.offersMenu()).isTrue();

        var freelancer = Viewer.of(signedIn("ROLE_FREELANCER"));
        assertThat(freelancer.freelancer()).isTrue();
        assertThat(freelancer.poolsMenu()).isFalse();
        assertThat(freelancer.offersMenu()).isTrue();

        assertThat(Viewer.of(signedIn("ROLE_ADMIN")).overseer()).isTrue();
    }

    private static UsernamePasswordAuthenticationToken signedIn(String role) {
        return UsernamePasswordAuthenticationToken.authenticated(
                "someone", null, List.copyOf(AuthorityUtils.createAuthorityList(role)));
    }
}
