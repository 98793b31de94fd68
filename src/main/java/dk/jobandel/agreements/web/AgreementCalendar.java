package dk.jobandel.agreements.web;

import dk.jobandel.agreements.Agreement;
import dk.jobandel.shared.WeekGrid;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;

/**
 * An agreement's weekly schedule as an iCalendar file (RFC 5545): one VEVENT per run of half-hours of a person's week,
 * repeating weekly from the first such weekday on or after the start date, until the end of the last day when the
 * agreement has one; for a pool agreement one per run of each member's window, named by its need and placed at the
 * member. Times are Europe/Copenhagen wall-clock times with the zone's VTIMEZONE in the file, so calendar
 * programs keep 08:00 at 08:00 across summer time.
 */
final class AgreementCalendar {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final String TZID = "Europe/Copenhagen";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private AgreementCalendar() {}

    /**
     * The calendar of {@code people}'s time in the agreement. Event titles are the role's title, followed by the
     * person's name when {@code withNames} (the cooperative's calendar holds several people).
     */
    static String of(Agreement agreement, List<Agreement.Party> people, boolean withNames, Instant now) {
        List<CalendarComponent> components = new ArrayList<>();
        components.add(copenhagen());
        for (Agreement.Party person : people) {
            if (agreement.pool() != null) {
                // a pool worker's week is the members' windows: one series per window, named by its need and member
                for (Agreement.Part part : agreement.pool().parts()) {
                    for (WeekGrid.TimeRange range : part.slots().ranges()) {
                        LocalDate first = firstDay(agreement, range);
                        if (first != null) {
                            components.add(event(agreement, person, part, range, first, withNames, now));
                        }
                    }
                }
                continue;
            }
            for (WeekGrid.TimeRange range : person.slots().ranges()) {
                LocalDate first = firstDay(agreement, range);
                if (first != null) {
                    components.add(event(agreement, person, null, range, first, withNames, now));
                }
            }
        }
        Calendar calendar = new Calendar(new ComponentList<>(components))
                .withProdId(new ProdId("-//Jobandel//Aftaler//DA").getValue())
                .withDefaults()
                .getFluentTarget();
        return calendar.toString();
    }

    /** The first day of a weekly series: that weekday on or after the start, or {@code null} after the end. */
    private static @org.jspecify.annotations.Nullable LocalDate firstDay(
            Agreement agreement, WeekGrid.TimeRange range) {
        LocalDate first = agreement.startDate().with(TemporalAdjusters.nextOrSame(range.day()));
        return agreement.endDate() != null && first.isAfter(agreement.endDate()) ? null : first;
    }

    private static VEvent event(
            Agreement agreement,
            Agreement.Party person,
            Agreement.@org.jspecify.annotations.Nullable Part part,
            WeekGrid.TimeRange range,
            LocalDate first,
            boolean withNames,
            Instant now) {
        ZonedDateTime start = first.atTime(range.from()).atZone(COPENHAGEN);
        ZonedDateTime end = range.to().equals(LocalTime.MIDNIGHT)
                ? first.plusDays(1).atStartOfDay(COPENHAGEN)
                : first.atTime(range.to()).atZone(COPENHAGEN);
        String title = agreement.terms().roleTitle()
                + (part == null ? "" : " – " + part.title())
                + (withNames ? " – " + person.name() : "");
        VEvent event = new VEvent(start, end, title);
        event.add(new Uid("agreement-%d-%d-%s-%s@jobandel.dk"
                .formatted(
                        agreement.id(),
                        person.freelancerId(),
                        range.day().name().toLowerCase(java.util.Locale.ROOT),
                        range.from().toString().replace(":", ""))));
        event.replace(new DtStamp(now));
        event.add(new Location(part == null ? agreement.organisationName() : part.organisationName()));
        String rule = "FREQ=WEEKLY";
        if (agreement.endDate() != null) {
            // UNTIL is in UTC when DTSTART has a TZID (RFC 5545 3.3.10): the end of the last day in Copenhagen
            LocalDateTime lastMoment = agreement.endDate().atTime(LocalTime.MAX.withNano(0));
            rule += ";UNTIL=" + UTC.format(lastMoment.atZone(COPENHAGEN).withZoneSameInstant(ZoneOffset.UTC));
        }
        event.add(new RRule<>(rule));
        return event;
    }

    /** Copenhagen's zone as observed since 1996 (the EU's summer time rules), enough for any agreement. */
    private static VTimeZone copenhagen() {
        Standard winter = new Standard();
        winter.add(new TzName("CET"));
        winter.add(new TzOffsetFrom(ZoneOffset.ofHours(2)));
        winter.add(new TzOffsetTo(ZoneOffset.ofHours(1)));
        winter.add(new DtStart<>(LocalDateTime.of(1996, 10, 27, 3, 0)));
        winter.add(new RRule<>("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"));
        Daylight summer = new Daylight();
        summer.add(new TzName("CEST"));
        summer.add(new TzOffsetFrom(ZoneOffset.ofHours(1)));
        summer.add(new TzOffsetTo(ZoneOffset.ofHours(2)));
        summer.add(new DtStart<>(LocalDateTime.of(1996, 3, 31, 2, 0)));
        summer.add(new RRule<>("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"));
        VTimeZone zone = new VTimeZone(new ComponentList<Observance>(List.of(winter, summer)));
        zone.add(new TzId(TZID));
        return zone;
    }
}
