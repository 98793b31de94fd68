package dk.jobandel.freelancers;

import dk.jobandel.shared.WeekGrid;
import dk.jobandel.shared.WeekGridConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** The freelancer profile aggregate, one per freelancer account (same id). */
@Entity
@Table(name = "freelancer_profile")
class FreelancerProfile {

    @Id
    private Long accountId;

    private @Nullable Short municipalityCode;
    private @Nullable Short travelKm;
    private boolean worksOnSite = true;
    private boolean worksHybrid;
    private boolean worksRemote;
    private @Nullable Short desiredHoursMin;
    private @Nullable Short desiredHoursMax;
    private @Nullable LocalDate availableFrom;
    private @Nullable LocalDate availableUntil;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] languages = new String[0];

    @Convert(converter = WeekGridConverter.class)
    private WeekGrid availability = WeekGrid.EMPTY;

    private boolean wantsJobShare;
    private boolean wantsPool;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "smallint[]")
    private short @Nullable [] workStyle;

    private @Nullable Instant situationConsentAt;
    private @Nullable Boolean lacksPension;
    private @Nullable Boolean lacksHolidayPay;
    private @Nullable Boolean akasseMember;
    private @Nullable Boolean flexjobEligible;

    @ElementCollection
    @CollectionTable(name = "freelancer_skill", joinColumns = @JoinColumn(name = "account_id"))
    private Set<HeldSkill> skills = new HashSet<>();

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected FreelancerProfile() {
        this.accountId = 0L;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    FreelancerProfile(long accountId, Instant now) {
        this.accountId = accountId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    long version() {
        return version;
    }

    void changeBasics(Profile.Basics basics, Instant now) {
        this.municipalityCode = basics.municipalityCode();
        this.travelKm = basics.travelKm() == null ? null : basics.travelKm().shortValue();
        this.worksOnSite = basics.worksOnSite();
        this.worksHybrid = basics.worksHybrid();
        this.worksRemote = basics.worksRemote();
        this.desiredHoursMin = basics.desiredHoursMin() == null
                ? null
                : basics.desiredHoursMin().shortValue();
        this.desiredHoursMax = basics.desiredHoursMax() == null
                ? null
                : basics.desiredHoursMax().shortValue();
        this.availableFrom = basics.availableFrom();
        this.availableUntil = basics.availableUntil();
        this.languages = basics.languages().toArray(String[]::new);
        this.wantsJobShare = basics.wantsJobShare();
        this.wantsPool = basics.wantsPool();
        this.updatedAt = now;
    }

    /** The consent to being shown in pools was given or withdrawn on the member's privacy page. */
    void changePoolWish(boolean wants, Instant now) {
        this.wantsPool = wants;
        this.updatedAt = now;
    }

    void changeSkills(Set<HeldSkill> skills, Instant now) {
        this.skills.clear();
        this.skills.addAll(skills);
        this.updatedAt = now;
    }

    void changeAvailability(WeekGrid availability, Instant now) {
        this.availability = availability;
        this.updatedAt = now;
    }

    void answerWorkStyle(List<Integer> answers, Instant now) {
        short[] stored = new short[answers.size()];
        for (int i = 0; i < stored.length; i++) {
            stored[i] = answers.get(i).shortValue();
        }
        this.workStyle = stored;
        this.updatedAt = now;
    }

    /** With consent the facts are kept; without it every fact is forgotten. */
    void changeSituation(Profile.@Nullable Situation situation, Instant now) {
        if (situation == null) {
            situationConsentAt = null;
            lacksPension = null;
            lacksHolidayPay = null;
            akasseMember = null;
            flexjobEligible = null;
        } else {
            situationConsentAt = situationConsentAt == null ? situation.consentAt() : situationConsentAt;
            lacksPension = situation.lacksPension();
            lacksHolidayPay = situation.lacksHolidayPay();
            akasseMember = situation.akasseMember();
            flexjobEligible = situation.flexjobEligible();
        }
        this.updatedAt = now;
    }

    Profile snapshot() {
        var basics = new Profile.Basics(
                municipalityCode,
                travelKm == null ? null : travelKm.intValue(),
                worksOnSite,
                worksHybrid,
                worksRemote,
                desiredHoursMin == null ? null : desiredHoursMin.intValue(),
                desiredHoursMax == null ? null : desiredHoursMax.intValue(),
                availableFrom,
                availableUntil,
                List.of(languages),
                wantsJobShare,
                wantsPool);
        List<HeldSkill> held = skills.stream()
                .sorted(Comparator.comparingInt(HeldSkill::skillId))
                .toList();
        List<Integer> answers = workStyle == null
                ? null
                : Arrays.stream(toInts(workStyle)).boxed().toList();
        Profile.Situation situation = situationConsentAt == null
                ? null
                : new Profile.Situation(
                        situationConsentAt,
                        Boolean.TRUE.equals(lacksPension),
                        Boolean.TRUE.equals(lacksHolidayPay),
                        Boolean.TRUE.equals(akasseMember),
                        Boolean.TRUE.equals(flexjobEligible));
        return new Profile(accountId, version, basics, held, availability, answers, situation, updatedAt);
    }

    private static int[] toInts(short[] values) {
        int[] ints = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ints[i] = values[i];
        }
        return ints;
    }
}
