package dk.jobandel.members;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A cooperative or social-economy enterprise. Staff are referenced by account id: an account
 * belongs to at most one organisation.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String name;

    private String cvr;

    @Enumerated(EnumType.STRING)
    private OrganisationType type;

    private short municipalityCode;

    @Enumerated(EnumType.STRING)
    private OrganisationKind kind = OrganisationKind.COOPERATIVE;

    @Enumerated(EnumType.STRING)
    private VerificationStatus verificationStatus = VerificationStatus.AWAITING_VERIFICATION;

    private Instant createdAt;

    private String address = "";
    private String sector = "";
    private String presentation = "";
    private boolean collectiveAgreement;
    private String collectiveAgreementName = "";
    private @Nullable String groupParentCvr;
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "organisation_staff", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "account_id")
    private Set<Long> staffAccountIds = new HashSet<>();

    /** Always some of the staff, and never none while there are staff. */
    @ElementCollection
    @CollectionTable(name = "organisation_owner", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "account_id")
    private Set<Long> ownerAccountIds = new HashSet<>();

    @Version
    private long version;

    protected Organisation() {
        this.name = "";
        this.cvr = "";
        this.type = OrganisationType.OTHER_COOPERATIVE;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    Organisation(String name, Cvr cvr, OrganisationType type, short municipalityCode, Instant now) {
        this(name, cvr, type, OrganisationKind.from(type), municipalityCode, now);
    }

    Organisation(
            String name, Cvr cvr, OrganisationType type, OrganisationKind kind, short municipalityCode, Instant now) {
        this.name = name.strip();
        this.cvr = cvr.digits();
        this.type = type;
        this.kind = kind;
        this.municipalityCode = municipalityCode;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void addStaff(long accountId) {
        staffAccountIds.add(accountId);
    }

    /** The person who signs the organisation up owns it. */
    void addFounder(long accountId) {
        staffAccountIds.add(accountId);
        ownerAccountIds.add(accountId);
    }

    public boolean isOwner(long accountId) {
        return ownerAccountIds.contains(accountId);
    }

    /** An owner removes a colleague; the last staff member and the last owner stay. */
    StaffChange removeStaff(long actingAccountId, long colleagueAccountId) {
        StaffChange allowed = ownerActsOn(actingAccountId, colleagueAccountId);
        if (allowed != StaffChange.DONE) {
            return allowed;
        }
        if (staffAccountIds.size() <= 1) {
            return StaffChange.LAST_STAFF;
        }
        if (isOwner(colleagueAccountId) && ownerAccountIds.size() <= 1) {
            return StaffChange.LAST_OWNER;
        }
        ownerAccountIds.remove(colleagueAccountId);
        staffAccountIds.remove(colleagueAccountId);
        return StaffChange.DONE;
    }

    /** An owner makes a colleague an owner too. */
    StaffChange makeOwner(long actingAccountId, long colleagueAccountId) {
        StaffChange allowed = ownerActsOn(actingAccountId, colleagueAccountId);
        if (allowed != StaffChange.DONE) {
            return allowed;
        }
        if (isOwner(colleagueAccountId)) {
            return StaffChange.ALREADY_OWNER;
        }
        ownerAccountIds.add(colleagueAccountId);
        return StaffChange.DONE;
    }

    /** An owner stops being one, when another owner remains. */
    StaffChange stepDown(long actingAccountId) {
        if (!isOwner(actingAccountId)) {
            return StaffChange.NOT_OWNER;
        }
        if (ownerAccountIds.size() <= 1) {
            return StaffChange.LAST_OWNER;
        }
        ownerAccountIds.remove(actingAccountId);
        return StaffChange.DONE;
    }

    private StaffChange ownerActsOn(long actingAccountId, long colleagueAccountId) {
        if (!isOwner(actingAccountId)) {
            return StaffChange.NOT_OWNER;
        }
        if (!staffAccountIds.contains(colleagueAccountId)) {
            return StaffChange.NOT_COLLEAGUE;
        }
        return StaffChange.DONE;
    }

    /** Whether the profile changes what only owners change: the name or the type. */
    @Nullable
    String ownersOnlyChange(OrganisationProfile profile) {
        if (!name.equals(profile.name().strip())) {
            return "name";
        }
        if (type != profile.type()) {
            return "type";
        }
        return null;
    }

    /** A verified organisation whose name or type changed goes back to the consultants. */
    void awaitVerificationAgain() {
        this.verificationStatus = VerificationStatus.AWAITING_VERIFICATION;
    }

    void verify() {
        this.verificationStatus = VerificationStatus.VERIFIED;
    }

    void reject() {
        this.verificationStatus = VerificationStatus.REJECTED;
    }

    long version() {
        return version;
    }

    void changeProfile(OrganisationProfile profile, Instant now) {
        this.name = profile.name().strip();
        this.type = profile.type();
        this.municipalityCode = profile.municipalityCode();
        this.address = profile.address().strip();
        this.sector = profile.sector().strip();
        this.presentation = profile.presentation().strip();
        this.collectiveAgreement = profile.collectiveAgreement();
        this.collectiveAgreementName = profile.collectiveAgreement()
                ? profile.collectiveAgreementName().strip()
                : "";
        this.groupParentCvr = groupParent(profile.groupParentCvr());
        this.updatedAt = now;
    }

    /** The parent's CVR number as digits; none when blank or when it is the organisation's own number. */
    private @Nullable String groupParent(@Nullable String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        String digits = new Cvr(Cvr.normalise(input)).digits();
        return digits.equals(cvr) ? null : digits;
    }

    public OrganisationProfile profile() {
        return new OrganisationProfile(
                name,
                type,
                municipalityCode,
                address,
                sector,
                presentation,
                collectiveAgreement,
                collectiveAgreementName,
                groupParentCvr);
    }

    public long getVersion() {
        return version;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("Organisation not saved yet");
        }
        return id;
    }

    public String getName() {
        return name;
    }

    public Cvr getCvr() {
        return new Cvr(cvr);
    }

    public OrganisationType getType() {
        return type;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public short getMunicipalityCode() {
        return municipalityCode;
    }

    public VerificationStatus getVerificationStatus() {
        return verificationStatus;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Long> getStaffAccountIds() {
        return Set.copyOf(staffAccountIds);
    }

    public Set<Long> getOwnerAccountIds() {
        return Set.copyOf(ownerAccountIds);
    }
}
