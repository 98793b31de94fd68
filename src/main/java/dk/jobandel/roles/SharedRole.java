package dk.jobandel.roles;

import dk.jobandel.advisor.core.Terms;
import dk.jobandel.shared.WeekGrid;
import dk.jobandel.shared.WeekGridConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A shared role aggregate: owned by one organisation, referenced by id. */
@Entity
@Table(name = "shared_role")
class SharedRole {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long organisationId;
    private String title = "";
    private String description = "";

    @Convert(converter = WeekGridConverter.class)
    private WeekGrid schedule = WeekGrid.EMPTY;

    private short sharers;
    private short handoverMinutes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "smallint[]")
    private short @Nullable [] splitPercents;

    private short municipalityCode;

    @Enumerated(EnumType.STRING)
    private WorkMode workMode = WorkMode.ON_SITE;

    private LocalDate startDate = LocalDate.EPOCH;
    private @Nullable LocalDate endDate;

    @Enumerated(EnumType.STRING)
    private PayKind payKind = PayKind.HOURLY;

    private BigDecimal payFrom = BigDecimal.ONE;
    private @Nullable BigDecimal payTo;
    private BigDecimal pensionPercent = BigDecimal.ZERO;
    private boolean collectiveAgreement;
    private boolean openToFlexjob;
    private @Nullable String agreementName;
    private @Nullable BigDecimal agreementMinimumPay;
    private @Nullable BigDecimal agreementPensionPercent;

    @Enumerated(EnumType.STRING)
    private Terms.Holiday holiday = Terms.Holiday.NOT_STATED;

    private boolean officeWork;
    private @Nullable BigDecimal fullTimePay;
    private @Nullable BigDecimal fullTimePensionPercent;
    private boolean membershipOffered;

    @Enumerated(EnumType.STRING)
    private RoleStatus status = RoleStatus.DRAFT;

    @ElementCollection
    @CollectionTable(name = "shared_role_skill", joinColumns = @JoinColumn(name = "role_id"))
    private List<RequiredSkill> skills = new ArrayList<>();

    private Instant createdAt = Instant.EPOCH;
    private Instant updatedAt = Instant.EPOCH;
    private @Nullable Instant publishedAt;

    @Version
    private long version;

    protected SharedRole() {}

    SharedRole(long organisationId, RoleDetails details, Instant now) {
        this.organisationId = organisationId;
        this.createdAt = now;
        change(details, now);
    }

    void change(RoleDetails details, Instant now) {
        this.title = details.title().strip();
        this.description = details.description().strip();
        this.schedule = details.schedule();
        this.sharers = (short) details.sharers();
        this.handoverMinutes = (short) details.handoverMinutes();
        this.splitPercents = toShorts(details.splitPercents());
        this.municipalityCode = details.municipalityCode();
        this.workMode = details.workMode();
        this.startDate = details.startDate();
        this.endDate = details.endDate();
        this.payKind = details.payKind();
        this.payFrom = details.payFrom();
        this.payTo = details.payTo();
        this.pensionPercent = details.pensionPercent();
        this.collectiveAgreement = details.collectiveAgreement();
        this.openToFlexjob = details.openToFlexjob();
        RoleTerms terms = details.terms();
        this.agreementName = terms.agreementName();
        this.agreementMinimumPay = terms.agreementMinimumPay();
        this.agreementPensionPercent = terms.agreementPensionPercent();
        this.holiday = terms.holiday();
        this.officeWork = terms.officeWork();
        this.fullTimePay = terms.fullTimePay();
        this.fullTimePensionPercent = terms.fullTimePensionPercent();
        this.membershipOffered = terms.membershipOffered();
        this.skills.clear();
        this.skills.addAll(details.skills());
        this.updatedAt = now;
    }

    void moveTo(RoleStatus next, Instant now) {
        if (!status.canMoveTo(next)) {
            throw new StatusChangeRefused("role.status.notAllowed");
        }
        if (next == RoleStatus.PUBLISHED) {
            publishedAt = now;
        }
        status = next;
        updatedAt = now;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Role not saved yet");
        }
        return id;
    }

    long organisationId() {
        return organisationId;
    }

    RoleStatus status() {
        return status;
    }

    long version() {
        return version;
    }

    RoleDetails details() {
        return new RoleDetails(
                title,
                description,
                schedule,
                sharers,
                handoverMinutes,
                toInts(splitPercents),
                municipalityCode,
                workMode,
                startDate,
                endDate,
                payKind,
                payFrom,
                payTo,
                pensionPercent,
                collectiveAgreement,
                openToFlexjob,
                List.copyOf(skills),
                new RoleTerms(
                        agreementName,
                        agreementMinimumPay,
                        agreementPensionPercent,
                        holiday,
                        officeWork,
                        fullTimePay,
                        fullTimePensionPercent,
                        membershipOffered));
    }

    Role snapshot() {
        return new Role(id(), organisationId, details(), status, version, createdAt, publishedAt);
    }

    private static short @Nullable [] toShorts(@Nullable List<Integer> values) {
        if (values == null) {
            return null;
        }
        short[] shorts = new short[values.size()];
        for (int i = 0; i < shorts.length; i++) {
            shorts[i] = values.get(i).shortValue();
        }
        return shorts;
    }

    private static @Nullable List<Integer> toInts(short @Nullable [] values) {
        if (values == null) {
            return null;
        }
        List<Integer> ints = new ArrayList<>(values.length);
        for (short value : values) {
            ints.add((int) value);
        }
        return ints;
    }
}
