package dk.jobandel.partnerships.core;

import java.time.LocalDate;
import java.time.Month;
import java.util.Set;
import java.util.TreeSet;

/**
 * Danish public holidays (helligdage) that fall on fixed dates or follow Easter: New Year's Day, Maundy Thursday,
 * Good Friday, Easter Sunday and Monday, Ascension Day (39 days after Easter), Whit Sunday and Monday (49 and 50
 * days after Easter), Christmas Day and Boxing Day. Great Prayer Day (store bededag, the fourth Friday after Easter)
 * was a holiday until 2023 and is not from 2024. Constitution Day, Christmas Eve and New Year's Eve are not public
 * holidays and are not counted. Easter is worked out with the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 */
public final class DanishHolidays {

    /** The last year in which Great Prayer Day was a public holiday. */
    public static final int LAST_GREAT_PRAYER_DAY = 2023;

    private DanishHolidays() {}

    /** Easter Sunday of the year (Gregorian calendar). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    /** The public holidays of one year. */
    public static Set<LocalDate> of(int year) {
        LocalDate easter = easterSunday(year);
        Set<LocalDate> days = new TreeSet<>();
        days.add(LocalDate.of(year, Month.JANUARY, 1));
        days.add(easter.minusDays(3));
        days.add(easter.minusDays(2));
        days.add(easter);
        days.add(easter.plusDays(1));
        if (year <= LAST_GREAT_PRAYER_DAY) {
            days.add(easter.plusDays(26));
        }
        days.add(easter.plusDays(39));
        days.add(easter.plusDays(49));
        days.add(easter.plusDays(50));
        days.add(LocalDate.of(year, Month.DECEMBER, 25));
        days.add(LocalDate.of(year, Month.DECEMBER, 26));
        return Set.copyOf(days);
    }

    /** The public holidays of every year from {@code from}'s to {@code to}'s, both included. */
    public static Set<LocalDate> between(LocalDate from, LocalDate to) {
        Set<LocalDate> days = new TreeSet<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            days.addAll(of(year));
        }
        return Set.copyOf(days);
    }

    public static boolean isHoliday(LocalDate day) {
        return of(day.getYear()).contains(day);
    }
}
