package dk.jobandel.members;

import dk.jobandel.platform.SignedInMember;
import java.io.Serial;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in member as kept in the session. */
public final class MemberPrincipal extends User implements SignedInMember {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String displayName;
    private final Locale preferredLocale;
    private final Set<Role> roles;
    private final boolean secondFactorEnabled;

    MemberPrincipal(Account account) {
        super(
                account.getEmail(),
                account.getPasswordHash(),
                account.isEnabled(),
                true,
                true,
                true,
                account.getRoles().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .collect(Collectors.toSet()));
        this.accountId = account.getId();
        this.displayName = account.getDisplayName();
        this.preferredLocale = account.getPreferredLanguage();
        // a plain copy: the session is serialised into PostgreSQL, and must not carry a Hibernate collection
        this.roles = Set.copyOf(account.getRoles());
        this.secondFactorEnabled = account.isTwoFactorEnabled();
    }

    @Override
    public boolean secondFactorEnabled() {
        return secondFactorEnabled;
    }

    @Override
    public long accountId() {
        return accountId;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Locale preferredLocale() {
        return preferredLocale;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public boolean hasRole(String role) {
        return roles.stream().anyMatch(r -> r.name().equals(role));
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
