package dk.jobandel.platform;

/**
 * Records consultants' and admins' reads of a freelancer's profile and of pages that name them, so that the
 * freelancer can see who looked, when and at which page. Implemented by the privacy module; reads by anybody
 * else (the person, cooperatives in an offer) are not recorded.
 */
public interface ProfileViewLog {

    /**
     * @param page the page's path, e.g. {@code /consultant/freelancers/12}
     */
    void viewed(long freelancerId, SignedInMember viewer, String page);
}
