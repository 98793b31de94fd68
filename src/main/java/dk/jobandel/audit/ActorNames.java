package dk.jobandel.audit;

import java.util.Collection;
import java.util.Map;

/**
 * The display names of the members who acted, for the timeline. Audit owns no people: the module that does (members)
 * provides this, so that audit reads no other module's tables and depends on no other module.
 */
public interface ActorNames {

    /** The display names of these accounts; an account that no longer exists is missing from the map. */
    Map<Long, String> displayNames(Collection<Long> accountIds);
}
