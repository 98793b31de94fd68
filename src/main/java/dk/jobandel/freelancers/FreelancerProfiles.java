package dk.jobandel.freelancers;

import dk.jobandel.members.Accounts;
import dk.jobandel.members.FreelancerRegistered;
import dk.jobandel.shared.WeekGrid;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final dk.jobandel.platform.ConsentLog consents;
    /** A transaction of its own, for the empty profile when the caller's transaction is read-only. */
    private final TransactionTemplate writes;

    FreelancerProfiles(
            FreelancerProfileRepository profiles,
            Accounts accounts,
            JdbcClient jdbc,
            Clock clock,
            ApplicationEventPublisher events,
            dk.jobandel.platform.ConsentLog consents,
            PlatformTransactionManager transactions) {
        this.consents = consents;
        this.writes = new TransactionTemplate(transactions);
        this.writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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

    /**
     * The profile, read in a read-only transaction when none is open: Hibernate then keeps no copy of the loaded state
     * to compare and flushes nothing at the end. A person with no profile row yet gets the empty one, written in a
     * transaction of its own when the caller's is read-only.
     */
    @Transactional(readOnly = true)
    public Profile profileOf(long accountId) {
        // the dashboard's panels each show a part of the profile: one read per page (a Profile is immutable), and one
        // statement for it, the skills included; the empty profile is written only when there is none yet
        return dk.jobandel.platform.RequestMemo.get(
                "freelancerProfile." + accountId,
                () -> profiles.findWithSkillsByAccountId(accountId)
                        .orElseGet(() -> emptyProfile(accountId))
                        .snapshot());
    }

    private FreelancerProfile emptyProfile(long accountId) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            writes.executeWithoutResult(status -> profiles.createIfAbsent(accountId));
        } else {
            profiles.createIfAbsent(accountId);
        }
        return profiles.findWithSkillsByAccountId(accountId).orElseThrow();
    }

    /**
     * The basics, together with the name the person goes by (kept on their account). Wanting pool employment is
     * the consent to being shown to cooperatives in pools: ticking or unticking it records the consent.
     */
    @Transactional
    public Profile changeBasics(long accountId, long basedOnVersion, String displayName, Profile.Basics basics) {
        boolean wantedPool = profileOf(accountId).basics().wantsPool();
        Profile changed = change(accountId, basedOnVersion, profile -> profile.changeBasics(basics, clock.instant()));
        accounts.rename(accountId, displayName);
        if (!wantedPool && basics.wantsPool()) {
            consents.given(accountId, dk.jobandel.platform.ConsentLog.Purpose.POOL_VISIBILITY);
        } else if (wantedPool && !basics.wantsPool()) {
            consents.withdrawn(accountId, dk.jobandel.platform.ConsentLog.Purpose.POOL_VISIBILITY);
        }
        return changed;
    }

    /**
     * The consent to being shown in pools was given or withdrawn on the member's privacy page: the profile's
     * pool wish follows at once, whatever version of the profile the page showed, and matching sees it. The
     * caller records the consent.
     */
    @Transactional
    public void changePoolWish(long accountId, boolean wants) {
        profiles.createIfAbsent(accountId);
        var profile = profiles.findById(accountId).orElseThrow();
        profile.changePoolWish(wants, clock.instant());
        profiles.saveAndFlush(profile);
        events.publishEvent(new FreelancerProfileUpdated(accountId));
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
        boolean before = profileOf(accountId).situation() != null;
        Profile changed =
                change(accountId, basedOnVersion, profile -> profile.changeSituation(situation, clock.instant()));
        if (!before && situation != null) {
            consents.given(accountId, dk.jobandel.platform.ConsentLog.Purpose.SITUATION_FACTS);
        } else if (before && situation == null) {
            consents.withdrawn(accountId, dk.jobandel.platform.ConsentLog.Purpose.SITUATION_FACTS);
        }
        return changed;
    }

    /**
     * The consent to situation facts is withdrawn (from the member's privacy page): the facts are forgotten at
     * once, whatever version of the profile the page showed. The caller records the withdrawal.
     */
    @Transactional
    public void forgetSituation(long accountId) {
        profiles.createIfAbsent(accountId);
        var profile = profiles.findById(accountId).orElseThrow();
        profile.changeSituation(null, clock.instant());
        profiles.saveAndFlush(profile);
    }

    /** How far a person travels when they have not said: a typical Danish commute. */
    static final int DEFAULT_TRAVEL_KM = 30;

    /**
     * Every profile complete enough to match, in account order, read with one statement: see
     * {@link #matchable(Consumer)}.
     */
    @Transactional(readOnly = true)
    public List<MatchableFreelancer> matchable() {
        List<MatchableFreelancer> all = new ArrayList<>();
        matchable(all::add);
        return all;
    }

    /**
     * Hands every profile complete enough to match to {@code each}, in account order, as the rows arrive: one
     * statement, read in batches of {@value #MATCHABLE_FETCH_SIZE} rows, so that 100,000 freelancers are one bulk read
     * and never all held as rows at once.
     *
     * <p>PostgreSQL does the work it is good at: each person's skills are aggregated there, in skill order, into one
     * {@code bytea} of (skill id, level) pairs, two big-endian {@code smallint}s each; the availability arrives as
     * its stored bytes and the work-style answers as the array's text. Nothing is parsed through JDBC's generic array
     * support, which boxes every element.
     */
    @Transactional(readOnly = true)
    public void matchable(Consumer<MatchableFreelancer> each) {
        // a freelancer who has not confirmed their e-mail address is not matched (issue 13); they are few
        Set<Long> unconfirmed = accounts.unconfirmedAccountIds();
        jdbc.sql(MATCHABLE).withFetchSize(MATCHABLE_FETCH_SIZE).query((RowCallbackHandler) rs -> {
            if (!unconfirmed.contains(rs.getLong(1))) {
                each.accept(matchableRow(rs));
            }
        });
    }

    private static final String MATCHABLE = """
            select p.account_id, p.municipality_code, p.travel_km, p.works_on_site, p.works_hybrid,
                   p.works_remote, p.desired_hours_min, p.desired_hours_max, p.availability,
                   p.work_style::text, s.skills
            from freelancer_profile p
            left join (select account_id,
                              string_agg(int2send(skill_id) || int2send(level), ''::bytea order by skill_id) as skills
                       from freelancer_skill group by account_id) s on s.account_id = p.account_id
            where p.municipality_code is not null and p.desired_hours_min is not null
              and p.desired_hours_max is not null
              and p.availability <> decode(repeat('00', 42), 'hex')
            order by p.account_id
            """;

    /** Rows per round trip when reading matchable profiles: large batches, a few MB at a time. */
    private static final int MATCHABLE_FETCH_SIZE = 10_000;

    private static MatchableFreelancer matchableRow(ResultSet rs) throws SQLException {
        int travelKm = rs.getInt(3);
        if (rs.wasNull()) {
            travelKm = DEFAULT_TRAVEL_KM;
        }
        byte[] skills = rs.getBytes(11);
        int count = skills == null ? 0 : skills.length / 4;
        short[] skillIds = new short[count];
        short[] skillLevels = new short[count];
        for (int i = 0; i < count; i++) {
            skillIds[i] = (short) ((skills[4 * i] << 8) | (skills[4 * i + 1] & 0xFF));
            skillLevels[i] = (short) ((skills[4 * i + 2] << 8) | (skills[4 * i + 3] & 0xFF));
        }
        return new MatchableFreelancer(
                rs.getLong(1),
                rs.getShort(2),
                travelKm,
                rs.getBoolean(4),
                rs.getBoolean(5),
                rs.getBoolean(6),
                rs.getInt(7),
                rs.getInt(8),
                WeekGrid.fromBytes(rs.getBytes(9)),
                workStyle(rs.getString(10)),
                skillIds,
                skillLevels);
    }

    /** The answers from an array's text, {@code {1,5,3,...}}; none when the column is null. */
    private static byte[] workStyle(@Nullable String array) {
        if (array == null || array.length() <= 2) {
            return new byte[0];
        }
        String[] values = array.substring(1, array.length() - 1).split(",");
        byte[] answers = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            answers[i] = Byte.parseByte(values[i]);
        }
        return answers;
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
