package dk.jobandel.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.test.util.ReflectionTestUtils;

/** The signed-in member survives the session store's round trip, in its compact form, with nothing lost. */
class MemberPrincipalSerialisationTest {

    @Test
    void aSignedInMemberComesBackFromTheSessionWithEverythingTheSiteReads() throws Exception {
        var account = account("Signe@Example.dk", Locale.ENGLISH, Set.of(Role.COOPERATIVE, Role.FREELANCER));
        account.setTwoFactorEnabled(true);
        var principal = new MemberPrincipal(account);
        principal.eraseCredentials();

        var read = (SecurityContextImpl) roundTrip(context(principal));

        var back = (MemberPrincipal) read.getAuthentication().getPrincipal();
        assertThat(back.accountId()).isEqualTo(41L);
        assertThat(back.getUsername()).isEqualTo("signe@example.dk");
        assertThat(back.getPassword()).isNull();
        assertThat(back.displayName()).isEqualTo("Signe Holm");
        assertThat(back.preferredLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(back.secondFactorEnabled()).isTrue();
        assertThat(back.isEnabled()).isTrue();
        assertThat(back.has(Role.COOPERATIVE)).isTrue();
        assertThat(back.has(Role.FREELANCER)).isTrue();
        assertThat(back.has(Role.CONSULTANT)).isFalse();
        assertThat(back.hasRole("FREELANCER")).isTrue();
        assertThat(back.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_COOPERATIVE", "ROLE_FREELANCER");
        assertThat(back).isEqualTo(principal);
        assertThat(read.getAuthentication().getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_COOPERATIVE", "ROLE_FREELANCER");
    }

    @Test
    void aPasswordHashThatWasNotErasedAlsoComesBack() throws Exception {
        var principal = new MemberPrincipal(account("ny@example.dk", Locale.of("da"), Set.of(Role.ADMIN)));

        var back = (MemberPrincipal) roundTrip(principal);

        assertThat(back.getPassword()).isEqualTo("{bcrypt}hash");
        assertThat(back.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_ADMIN");
        assertThat(back.preferredLocale()).isEqualTo(Locale.of("da"));
        assertThat(back.secondFactorEnabled()).isFalse();
    }

    @Test
    void theStoredFormNamesNoneOfTheCollectionsAndLocaleThatTheDefaultFormWrote() throws Exception {
        var principal = new MemberPrincipal(account("a@example.dk", Locale.of("da"), Set.of(Role.CONSULTANT)));
        principal.eraseCredentials();

        String stream = new String(serialise(context(principal)), java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThat(stream).contains("MemberPrincipal$Stored");
        assertThat(stream).doesNotContain("java.util.TreeSet", "java.util.Locale", "AuthorityComparator");
    }

    private static Account account(String email, Locale language, Set<Role> roles) {
        var account = new Account(email, "{bcrypt}hash", "Signe Holm", language, roles, Instant.EPOCH);
        ReflectionTestUtils.setField(account, "id", 41L);
        return account;
    }

    private static SecurityContextImpl context(MemberPrincipal principal) {
        return new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        try (var in = new ObjectInputStream(new ByteArrayInputStream(serialise(value)))) {
            return in.readObject();
        }
    }

    private static byte[] serialise(Object value) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }
}
