package dk.jobandel.freelancers;

import dk.jobandel.members.Accounts;
import dk.jobandel.members.FreelancerRegistered;
import dk.jobandel.shared.WeekGrid;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
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
    private final Clock clock;

    FreelancerProfiles(FreelancerProfileRepository profiles, Accounts accounts, Clock clock) {
        this.profiles = profiles;
        this.accounts = accounts;
        this.clock = clock;
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

    private Profile change(long accountId, long basedOnVersion, Consumer<FreelancerProfile> change) {
        profiles.createIfAbsent(accountId);
        FreelancerProfile profile = profiles.findById(accountId).orElseThrow();
        if (profile.version() != basedOnVersion) {
            throw new ProfileChanged(accountId);
        }
        change.accept(profile);
        try {
            return profiles.saveAndFlush(profile).snapshot();
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new ProfileChanged(accountId);
        }
    }
}
