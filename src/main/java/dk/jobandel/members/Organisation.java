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
    private VerificationStatus verificationStatus = VerificationStatus.AWAITING_VERIFICATION;

    private Instant createdAt;

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
    }

    Organisation(String name, Cvr cvr, OrganisationType type, short municipalityCode, Instant now) {
        this.name = name.strip();
        this.cvr = cvr.digits();
        this.type = type;
        this.municipalityCode = municipalityCode;
        this.createdAt = now;
    }

    void addStaff(long accountId) {
        staffAccountIds.add(accountId);
    }

    void verify() {
        this.verificationStatus = VerificationStatus.VERIFIED;
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
