package dk.jobandel.freelancers;

/**
 * A save based on an old version of the profile: somebody (often the same person in another tab)
 * saved in between. Nothing was changed; read the profile again to show what is saved now.
 */
public final class ProfileChanged extends RuntimeException {

    ProfileChanged(long accountId) {
        super("The profile of account " + accountId + " changed since it was read");
    }
}
