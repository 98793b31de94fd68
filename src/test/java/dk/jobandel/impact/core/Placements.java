package dk.jobandel.impact.core;

import dk.jobandel.roles.PayKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A builder of placements for tests: a job share of 10 hours a week in Aarhus, hourly paid, unless told otherwise. */
final class Placements {

    private static int next = 1;

    private String key = "A-" + next++;
    private long person = 1;
    private Kind kind = Kind.JOB_SHARE;
    private Contract contract = Contract.EMPLOYMENT;
    private long organisation = 100;
    private Set<Long> organisations = Set.of();
    private short municipality = 751;
    private short region = 1082;
    private LocalDate start = LocalDate.of(2026, 1, 1);
    private @Nullable LocalDate lastDay;
    private int halfHours = 20;
    private @Nullable PayTerms pay = new PayTerms(PayKind.HOURLY, new BigDecimal("200.00"), new BigDecimal("10.00"));
    private boolean inclusive;

    static Placements placement() {
        return new Placements();
    }

    Placements key(String k) {
        this.key = k;
        return this;
    }

    Placements person(long id) {
        this.person = id;
        return this;
    }

    Placements kind(Kind k) {
        this.kind = k;
        return this;
    }

    Placements freelance() {
        this.contract = Contract.FREELANCE;
        return this;
    }

    Placements organisation(long id) {
        this.organisation = id;
        return this;
    }

    Placements sharedWith(Long... ids) {
        this.organisations = Set.of(ids);
        return this;
    }

    Placements municipality(int code, int regionCode) {
        this.municipality = (short) code;
        this.region = (short) regionCode;
        return this;
    }

    Placements from(LocalDate day) {
        this.start = day;
        return this;
    }

    Placements until(@Nullable LocalDate day) {
        this.lastDay = day;
        return this;
    }

    Placements hoursPerWeek(double hours) {
        this.halfHours = (int) Math.round(hours * 2);
        return this;
    }

    Placements salaried(String monthly, String pensionPercent) {
        this.pay = new PayTerms(PayKind.MONTHLY, new BigDecimal(monthly), new BigDecimal(pensionPercent));
        return this;
    }

    Placements noPay() {
        this.pay = null;
        return this;
    }

    Placements inclusive() {
        this.inclusive = true;
        return this;
    }

    Placement build() {
        var all = new java.util.HashSet<>(organisations);
        all.add(organisation);
        return new Placement(
                key,
                person,
                kind,
                contract,
                organisation,
                "Org " + organisation,
                all,
                municipality,
                region,
                start,
                lastDay,
                halfHours,
                pay,
                inclusive);
    }
}
