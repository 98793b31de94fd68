package dk.jobandel.testsupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import dk.jobandel.platform.SignedInMember;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A request from a signed-in member, for web slices: the principal is a {@link SignedInMember} as the members
 * module's would be (a slice has no members module), speaking Danish and holding one role.
 */
public final class SignedIn {

    private SignedIn() {}

    /** The request comes from account {@code accountId} holding {@code role} (without {@code ROLE_}). */
    public static RequestPostProcessor as(long accountId, String role) {
        return user(new Member(accountId, role, "Member " + accountId));
    }

    /** As {@link #as(long, String)}, with the name the header shows. */
    public static RequestPostProcessor as(long accountId, String role, String displayName) {
        return user(new Member(accountId, role, displayName));
    }

    /**
     * A signed-in member holding {@code role}, as façades receive them from the pages (for tests that call façades
     * directly).
     */
    public static Member member(long accountId, String role) {
        return new Member(accountId, role, "Member " + accountId);
    }

    /** The principal itself. */
    public static final class Member extends User implements SignedInMember {
        private final long id;
        private final String role;
        private final String displayName;

        public Member(long id, String role, String displayName) {
            super("member" + id + "@example.dk", "x", Set.of(new SimpleGrantedAuthority("ROLE_" + role)));
            this.id = id;
            this.role = role;
            this.displayName = displayName;
        }

        @Override
        public long accountId() {
            return id;
        }

        @Override
        public String displayName() {
            return displayName;
        }

        @Override
        public Locale preferredLocale() {
            return Locale.of("da");
        }

        @Override
        public boolean hasRole(String name) {
            return role.equals(name);
        }
    }
}
