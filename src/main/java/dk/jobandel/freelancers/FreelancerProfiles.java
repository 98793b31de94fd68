package dk.jobandel.freelancers;

import dk.jobandel.members.Accounts;
import dk.jobandel.members.FreelancerRegistered;
import dk.jobandel.shared.WeekGrid;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and changing freelancer profiles. Every change names the version it was based on; a change
 * based on an older version is refused with {@link ProfileChanged}, so two tabs never silently
 * overwrite each other.
 */
@Service
public class FreelancerProfiles {

    private final FreelancerProfileRepository profiles;
    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    FreelancerProfiles(
            FreelancerProfileRepository profiles,
            Accounts accounts,
            JdbcClient jdbc,
            Clock clock,
            ApplicationEventPublisher events) {
        this.profiles = profiles;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** Every freelancer has a profile from sign-up on; it starts empty. */
    @EventListener
    @Transactional
    void on(FreelancerRegistered event) {
        profiles.createIfAbsent(event.accountId());
    }

    @Transactional
    public Profile profileOf(long accountId) {
        profiles.createIfAbsent(accountId);
        return profiles.findById(accountId).orElseThrow().snapshot();
    }

    /** The basics, together with the name the person goes by (kept on their account). */
    @Transactional
    public Profile changeBasics(long accountId, long basedOnVersion, String displayName, Profile.Basics basics) {
        Profile changed = change(accountId, basedOnVersion, profile -> profile.changeBasics(basics, clock.instant()));
        accounts.rename(accountId, displayName);
        return changed;
    }

    @Transactional
    public Profile changeSkills(long accountId, long basedOnVersion, Set<HeldSkill> skills) {
        return change(accountId, basedOnVersion, profile -> profile.changeSkills(skills, clock.instant()));
    }

    @Transactional
    public Profile changeAvailability(long accountId, long basedOnVersion, WeekGrid availability) {
        return change(accountId, basedOnVersion, profile -> profile.changeAvailability(availability, clock.instant()));
    }

    @Transactional
    public Profile answerWorkStyle(long accountId, long basedOnVersion, List<Integer> answers) {
        if (answers.size() != WorkStyle.QUESTIONS
                || answers.stream().anyMatch(a -> a < WorkStyle.LOWEST || a > WorkStyle.HIGHEST)) {
            throw new IllegalArgumentException("Answer all " + WorkStyle.QUESTIONS + " questions with 1 to 5");
        }
        return change(accountId, basedOnVersion, profile -> profile.answerWorkStyle(answers, clock.instant()));
    }

    /** {@code null} withdraws consent and forgets the facts. */
    @Transactional
    public Profile changeSituation(long accountId, long basedOnVersion, Profile.@Nullable Situation situation) {
        return change(accountId, basedOnVersion, profile -> profile.changeSituation(situation, clock.instant()));
    }

    /** How far a person travels when they have not said: a typical Danish commute. */
    static final int DEFAULT_TRAVEL_KM = 30;

    /**
     * Every profile complete enough to match, in account order, read with one statement (skills
     * aggregated in PostgreSQL) so that loading 100,000 freelancers stays a bulk read.
     */
    @Transactional(readOnly = true)
    public List<MatchableFreelancer> matchable() {
        return jdbc.sql("""
                        select p.account_id, p.municipality_code, p.travel_km, p.works_on_site, p.works_hybrid,
                               p.works_remote, p.desired_hours_min, p.desired_hours_max, p.availability,
                               p.work_style,
                               coalesce(array_agg(s.skill_id order by s.skill_id)
                                        filter (where s.skill_id is not null), '{}'),
                               coalesce(array_agg(s.level order by s.skill_id)
                                        filter (where s.skill_id is not null), '{}')
                        from freelancer_profile p
                        left join freelancer_skill s on s.account_id = p.account_id
                        where p.municipality_code is not null and p.desired_hours_min is not null
                          and p.desired_hours_max is not null
                          and p.availability <> decode(repeat('00', 42), 'hex')
                        group by p.account_id
                        order by p.account_id
                        """)
                .query((rs, row) -> new MatchableFreelancer(
                        rs.getLong(1),
                        rs.getShort(2),
                        rs.getObject(3) == null ? DEFAULT_TRAVEL_KM : rs.getInt(3),
                        rs.getBoolean(4),
                        rs.getBoolean(5),
                        rs.getBoolean(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        WeekGrid.fromBytes(rs.getBytes(9)),
                        workStyle(rs.getArray(10)),
                        shorts(rs.getArray(11)),
                        shorts(rs.getArray(12))))
                .list();
    }

    private static byte[] workStyle(java.sql.@Nullable Array array) throws java.sql.SQLException {
        if (array == null) {
            return new byte[0];
        }
        short[] values = shorts(array);
        byte[] answers = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            answers[i] = (byte) values[i];
        }
        return answers;
    }

    private static short[] shorts(java.sql.Array array) throws java.sql.SQLException {
        Object[] values = (Object[]) array.getArray();
        short[] result = new short[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = ((Number) values[i]).shortValue();
        }
        return result;
    }

    private Profile change(long accountId, long basedOnVersion, Consumer<FreelancerProfile> change) {
        profiles.createIfAbsent(accountId);
        FreelancerProfile profile = profiles.findById(accountId).orElseThrow();
        if (profile.version() != basedOnVersion) {
            throw new ProfileChanged(accountId);
        }
        change.accept(profile);
        Profile saved;
        try {
            saved = profiles.saveAndFlush(profile).snapshot();
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new ProfileChanged(accountId);
        }
        events.publishEvent(new FreelancerProfileUpdated(accountId));
        return saved;
    }
}
