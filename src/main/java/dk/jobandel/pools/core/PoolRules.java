package dk.jobandel.pools.core;

import dk.jobandel.members.Actor;
import dk.jobandel.shared.core.Decision;
import org.jspecify.annotations.Nullable;

/**
 * Creating a pool and changing its terms. A cooperative's staff create a pool with their own organisation as host; a
 * consultant names a host. The host must be verified and below its quota of hosted pools; the municipality must be
 * known and the name free (case aside). The checks run in this order, with the rate of creations checked between
 * {@link #mayHost} and {@link #settings}.
 */
public final class PoolRules {

    private PoolRules() {}

    /** Who hosts the pool the actor creates: their own organisation, else the one a consultant names. */
    public static @Nullable Long host(Actor actor, @Nullable Long named) {
        return actor.organisationId() != null ? actor.organisationId() : actor.consultant() ? named : null;
    }

    /** Consultants (and admins) name the host of a pool they create, and must name one; staff host their own. */
    public static boolean namesHost(Actor actor) {
        return actor.consultant();
    }

    /** Whether the actor may create a pool with this host named: staff and consultants (who must name one). */
    public static Decision create(Actor actor, @Nullable Long named) {
        if (actor.organisationId() != null) {
            return Decision.ALLOWED;
        }
        if (!actor.consultant()) {
            return Decision.HIDDEN;
        }
        return named == null ? Decision.refused("pool.host.required") : Decision.ALLOWED;
    }

    /** A host must be verified and host fewer pools than its quota. */
    public static Decision mayHost(boolean hostVerified, int hostedPools, int quota) {
        if (!hostVerified) {
            return Decision.refused("pool.host.notVerified");
        }
        return hostedPools >= quota ? Decision.refused("pool.quota.hosted") : Decision.ALLOWED;
    }

    /** The settings a pool is saved with: a known municipality and a name no other pool has. */
    public static Decision settings(boolean municipalityKnown, boolean nameTaken) {
        if (!municipalityKnown) {
            return Decision.refused("registration.municipality.unknown");
        }
        return nameTaken ? Decision.refused("pool.name.taken") : Decision.ALLOWED;
    }
}
