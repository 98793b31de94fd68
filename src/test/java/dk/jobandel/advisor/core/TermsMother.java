package dk.jobandel.advisor.core;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Terms for the advisor's tests: a sound two-person job share, changed one fact at a time. */
final class TermsMother {

    private Terms.Kind kind = Terms.Kind.JOB_SHARE;
    private String hours = "37";
    private int sharers = 2;
    private @Nullable List<Integer> split;
    private int handover = 30;
    private Terms.PayBasis basis = Terms.PayBasis.HOURLY;
    private String pay = "200";
    private @Nullable String agreement = "Industriens Overenskomst";
    private @Nullable String minimum = "180";
    private String pension = "12";
    private @Nullable String agreementPension = "12";
    private Terms.Holiday holiday = Terms.Holiday.HOLIDAY_PAY;
    private boolean office;
    private @Nullable String fullTimePay = "200";
    private @Nullable String fullTimePension = "12";
    private boolean membership = true;
    private boolean placed;

    static TermsMother jobShare() {
        return new TermsMother();
    }

    static TermsMother pool() {
        TermsMother m = new TermsMother();
        m.kind = Terms.Kind.POOL;
        m.sharers = 1;
        m.handover = 0;
        return m;
    }

    TermsMother hours(String h) {
        hours = h;
        return this;
    }

    TermsMother sharers(int n) {
        sharers = n;
        return this;
    }

    TermsMother split(Integer... percents) {
        split = List.of(percents);
        return this;
    }

    TermsMother handover(int minutes) {
        handover = minutes;
        return this;
    }

    TermsMother pay(String p) {
        pay = p;
        return this;
    }

    TermsMother agreement(@Nullable String name, @Nullable String min, @Nullable String pensionRate) {
        agreement = name;
        minimum = min;
        agreementPension = pensionRate;
        return this;
    }

    TermsMother pension(String p) {
        pension = p;
        return this;
    }

    TermsMother holiday(Terms.Holiday h) {
        holiday = h;
        return this;
    }

    TermsMother office() {
        office = true;
        return this;
    }

    TermsMother fullTime(@Nullable String p, @Nullable String pensionRate) {
        fullTimePay = p;
        fullTimePension = pensionRate;
        return this;
    }

    TermsMother membership(boolean offered) {
        membership = offered;
        return this;
    }

    TermsMother placedWithMembers() {
        placed = true;
        return this;
    }

    Terms build() {
        return new Terms(
                kind,
                new BigDecimal(hours),
                sharers,
                split,
                handover,
                basis,
                new BigDecimal(pay),
                agreement,
                dec(minimum),
                new BigDecimal(pension),
                dec(agreementPension),
                holiday,
                office,
                dec(fullTimePay),
                dec(fullTimePension),
                membership,
                placed);
    }

    private static @Nullable BigDecimal dec(@Nullable String s) {
        return s == null ? null : new BigDecimal(s);
    }
}
