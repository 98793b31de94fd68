package dk.jobandel.procurement;

import dk.jobandel.members.Organisations;
import dk.jobandel.notifications.NoticeKind;
import dk.jobandel.notifications.Notifications;
import dk.jobandel.procurement.core.FollowUp;
import dk.jobandel.procurement.core.Period;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily (issue 16): a notice to the supplier's staff and the municipality's staff for each report of an awarded
 * contract's counting clause that is overdue ({@link FollowUp#DAYS_TO_REPORT} days after its period ended, with no
 * report). Once per clause and period: {@code clause_overdue_notice}'s key makes a rerun, or a second node past the
 * ShedLock, insert nothing and send nothing. A clause whose hours come from consented bookings is not reported by
 * hand, so it is left out.
 */
@Service
public class OverdueReportNotices {

    private static final Logger log = LoggerFactory.getLogger(OverdueReportNotices.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Notifications notifications;
    private final Organisations organisations;

    OverdueReportNotices(JdbcClient jdbc, Clock clock, Notifications notifications, Organisations organisations) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.notifications = notifications;
        this.organisations = organisations;
    }

    @Scheduled(cron = "${jobandel.procurement.overdue-cron:0 30 6 * * *}", zone = "Europe/Copenhagen")
    @SchedulerLock(name = "procurement-overdue-reports", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void daily() {
        int sent = sendDue();
        if (sent > 0) {
            log.info("Procurement: {} overdue report notice(s) sent", sent);
        }
    }

    /** Notices for the reports overdue today; returns how many clause periods were noticed. */
    @Transactional
    public int sendDue() {
        return sendDue(LocalDate.now(clock));
    }

    private record Clause(
            long id,
            long contractId,
            String title,
            long municipality,
            long supplier,
            LocalDate startsOn,
            LocalDate endsOn,
            int months) {}

    int sendDue(LocalDate today) {
        List<Clause> clauses = jdbc.sql("""
                        select cc.id, c.id, c.title, c.organisation_id, c.supplier_organisation_id, c.starts_on,
                               c.ends_on, v.follow_up_months
                        from contract_clause cc
                        join procurement_contract c on c.id = cc.contract_id
                        join clause_template_version v on v.template_id = cc.template_id and v.number = cc.template_version
                        where c.status = 'AWARDED' and c.supplier_organisation_id is not null
                          and v.target_unit <> 'NONE' and c.starts_on <= :today
                          and not exists (select 1 from clause_evidence_link l where l.clause_id = cc.id
                                          and l.consent_given_at is not null and l.consent_withdrawn_at is null)
                        order by cc.id
                        """)
                .param("today", Date.valueOf(today))
                .query((rs, n) -> new Clause(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getDate(6).toLocalDate(),
                        rs.getDate(7).toLocalDate(),
                        rs.getInt(8)))
                .list();
        if (clauses.isEmpty()) {
            return 0;
        }
        Set<String> reported = new HashSet<>(jdbc.sql("""
                        select r.clause_id || ':' || r.period_start from clause_report r
                        where r.clause_id in (:ids)
                        """)
                .param("ids", clauses.stream().map(Clause::id).toList())
                .query(String.class)
                .list());
        int noticed = 0;
        for (Clause c : clauses) {
            for (Period p : FollowUp.periods(c.startsOn(), c.endsOn(), c.months())) {
                if (!today.isAfter(p.dueBy()) || reported.contains(c.id() + ":" + p.start())) {
                    continue;
                }
                int inserted = jdbc.sql("""
                                insert into clause_overdue_notice (clause_id, period_start, noticed_at)
                                values (:clause, :start, :now) on conflict do nothing
                                """)
                        .param("clause", c.id())
                        .param("start", Date.valueOf(p.start()))
                        .param("now", Timestamp.from(clock.instant()))
                        .update();
                if (inserted == 0) {
                    continue;
                }
                Set<Long> staff = new LinkedHashSet<>();
                staff.addAll(organisations.byId(c.supplier()).getStaffAccountIds());
                staff.addAll(organisations.byId(c.municipality()).getStaffAccountIds());
                notifications.notify(
                        new ArrayList<>(staff),
                        NoticeKind.PROCUREMENT_REPORT_OVERDUE,
                        List.of(c.title(), p.start(), p.dueBy()),
                        "/procurement/contracts/" + c.contractId());
                noticed++;
            }
        }
        return noticed;
    }
}
