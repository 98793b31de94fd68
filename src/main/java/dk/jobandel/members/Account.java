package dk.jobandel.members;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A person's login to Jobandel. E-mail addresses are stored lower-cased. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String email;

    private String passwordHash;

    private String displayName;

    private String preferredLanguage;

    private boolean enabled = true;

    private Instant createdAt;

    private @Nullable Instant lastLoginAt;

    private @Nullable Instant privacyConsentAt;

    private @Nullable Instant emailVerifiedAt;

    private boolean twoFactorEnabled;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected Account() {
        this.email = "";
        this.passwordHash = "";
        this.displayName = "";
        this.preferredLanguage = "da";
        this.createdAt = Instant.EPOCH;
    }

    Account(String email, String passwordHash, String displayName, Locale language, Set<Role> roles, Instant now) {
        this.email = normaliseEmail(email);
        this.passwordHash = passwordHash;
        this.displayName = displayName.strip();
        this.preferredLanguage = language.getLanguage();
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = now;
    }

    public static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    void recordConsent(Instant at) {
        this.privacyConsentAt = at;
    }

    void rename(String displayName) {
        this.displayName = displayName.strip();
    }

    void changeLanguage(Locale language) {
        this.preferredLanguage = language.getLanguage();
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** A new address, confirmed by the link that was sent to it. */
    void changeEmail(String email, Instant confirmedAt) {
        this.email = normaliseEmail(email);
        this.emailVerifiedAt = confirmedAt;
    }

    void verifyEmail(Instant at) {
        if (emailVerifiedAt == null) {
            this.emailVerifiedAt = at;
        }
    }

    void setTwoFactorEnabled(boolean enabled) {
        this.twoFactorEnabled = enabled;
    }

    public boolean isTwoFactorEnabled() {
        return twoFactorEnabled;
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("Account not saved yet");
        }
        return id;
    }

    public String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Locale getPreferredLanguage() {
        return Locale.of(preferredLanguage);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public @Nullable Instant getPrivacyConsentAt() {
        return privacyConsentAt;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }
}
