package dk.jobandel.partnerships;

import dk.jobandel.members.MemberLookups;
import dk.jobandel.partnerships.PartnershipRecords.FollowUp;
import dk.jobandel.partnerships.PartnershipRecords.Partnership;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnerships' figures for the impact pages ({@link PartnershipImpact}): the partnership records with their
 * latest follow-up, and the firms' ratings of closed guidance courses. Read only; no names but the parties'.
 */
@Service
class PartnershipImpactFigures implements PartnershipImpact {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PartnershipRows rows;

    PartnershipImpactFigures(JdbcClient jdbc, Clock clock, MemberLookups members) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.rows = new PartnershipRows(jdbc, members);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figures> partnerships(LocalDate from, LocalDate to) {
        return query(
                        "where p.start_on <= :to and (p.end_on is null or p.end_on >= :from) order by p.start_on, p.id",
                        Map.of("from", Date.valueOf(from), "to", Date.valueOf(to)))
                .stream()
                .map(p -> {
                    FollowUp latest = p.followUps().stream()
                            .filter(FollowUp::recorded)
                            .reduce((a, b) -> b)
                            .orElse(null);
                    return new Figures(
                            p.id(),
                            p.firmId(),
                            p.sovId(),
                            p.municipalityCode(),
                            p.model(),
                            p.start(),
                            p.end(),
                            p.agreedJobs(),
                            latest == null || latest.filledJobs() == null ? 0 : latest.filledJobs(),
                            p.agreedJobHours(),
                            latest == null || latest.filledHours() == null ? 0 : latest.filledHours(),
                            p.targetGroups());
                })
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<FollowedUp> followedUp(LocalDate until) {
        return query("""
                        where p.start_on <= :until and exists (select 1 from partnership_follow_up f
                            where f.partnership_id = p.id and f.recorded_on is not null) order by p.id
                        """, Map.of("until", Date.valueOf(until))).stream()
                .map(p -> new FollowedUp(
                        p.id(),
                        p.firmId(),
                        p.firmName(),
                        p.sovId(),
                        p.sovName(),
                        p.municipalityCode(),
                        p.model(),
                        p.start(),
                        p.end(),
                        p.followUps().stream()
                                .filter(f -> f.recordedOn() != null && f.filledJobs() != null)
                                .map(f -> new FollowUpFigures(
                                        f.dueOn(),
                                        f.recordedOn(),
                                        f.filledJobs(),
                                        f.filledHours() == null ? 0 : f.filledHours()))
                                .toList()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Integer> courseRatings(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select rating from guidance_course where rating is not null
                          and closed_at >= :from and closed_at < :to order by closed_at
                        """)
                .param("from", Timestamp.from(from.atStartOfDay(clock.getZone()).toInstant()))
                .param(
                        "to",
                        Timestamp.from(
                                to.plusDays(1).atStartOfDay(clock.getZone()).toInstant()))
                .query(Integer.class)
                .list();
    }

    private List<Partnership> query(String where, Map<String, ?> params) {
        return rows.partnerships(where, params);
    }
}
