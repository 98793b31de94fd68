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
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "organisation_staff", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "account_id")
    private Set<Long> staffAccountIds = new HashSet<>();

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
        this.updatedAt = now;
    }

    /** An organisation always keeps at least one staff account. */
    boolean removeStaff(long accountId) {
        if (!staffAccountIds.contains(accountId) || staffAccountIds.size() <= 1) {
            return false;
        }
        return staffAccountIds.remove(accountId);
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
                collectiveAgreementName);
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
}
