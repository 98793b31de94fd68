package dk.jobandel.members;

import dk.jobandel.platform.SignedInMember;
import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in member as kept in the session.
 *
 * <p>The session lives in PostgreSQL and its security context is deserialised on every request. {@link User}'s own
 * serialised form writes a class descriptor for each of its parts (the user, a {@code TreeSet} and its comparator,
 * each authority, the set of roles, the locale), and reading those back was most of the cost of the session read.
 * So the principal is written as one flat {@link Stored} record of plain values and rebuilt from it. A session
 * written in the older form still reads: the class and its fields are unchanged.
 */
public final class MemberPrincipal extends User implements SignedInMember {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String displayName;
    private final Locale preferredLocale;
    private final Set<Role> roles;
    private final boolean secondFactorEnabled;

    MemberPrincipal(Account account) {
        this(
                account.getId(),
                account.getEmail(),
                account.getPasswordHash(),
                account.isEnabled(),
                account.getDisplayName(),
                account.getPreferredLanguage(),
                // a plain copy: the session is serialised into PostgreSQL, and must not carry a Hibernate collection
                Set.copyOf(account.getRoles()),
                account.isTwoFactorEnabled());
    }

    private MemberPrincipal(
            long accountId,
            String email,
            String passwordHash,
            boolean enabled,
            String displayName,
            Locale preferredLocale,
            Set<Role> roles,
            boolean secondFactorEnabled) {
        super(
                email,
                passwordHash,
                enabled,
                true,
                true,
                true,
                roles.stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .collect(Collectors.toSet()));
        this.accountId = accountId;
        this.displayName = displayName;
        this.preferredLocale = preferredLocale;
        this.roles = roles;
        this.secondFactorEnabled = secondFactorEnabled;
    }

    @Serial
    private Object writeReplace() {
        return new Stored(
                accountId,
                getUsername(),
                getPassword(),
                isEnabled(),
                displayName,
                preferredLocale.toLanguageTag(),
                roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")),
                secondFactorEnabled);
    }

    /**
     * The principal's serialised form: the password hash is normally {@code null}, erased after sign-in; the roles
     * are their names, comma-separated.
     */
    private record Stored(
            long accountId,
            String email,
            @Nullable String passwordHash,
            boolean enabled,
            String displayName,
            String languageTag,
            String roles,
            boolean secondFactorEnabled)
            implements Serializable {

        @Serial
        private Object readResolve() {
            Set<Role> roleSet = roles.isEmpty()
                    ? Set.of()
                    : Arrays.stream(roles.split(",")).map(Role::valueOf).collect(Collectors.toUnmodifiableSet());
            var principal = new MemberPrincipal(
                    accountId,
                    email,
                    passwordHash == null ? "" : passwordHash,
                    enabled,
                    displayName,
                    Locale.forLanguageTag(languageTag),
                    roleSet,
                    secondFactorEnabled);
            if (passwordHash == null) {
                principal.eraseCredentials();
            }
            return principal;
        }
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
