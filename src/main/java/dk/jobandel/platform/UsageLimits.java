package dk.jobandel.platform;

import dk.jobandel.platform.RateLimits.Limit;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much one client, account or organisation may create (issue 13, review finding 6): rate limits that hold
 * across every node ({@link RateLimits}) and per-organisation quotas, in one place ({@code jobandel.limits.*}). The
 * defaults leave room for a busy cooperative and stop a script.
 *
 * @param signUpsPerAddressPerHour sign-ups from one client address
 * @param roleCreationsPerDay new roles (drafts included) by one organisation
 * @param openRolesPerOrganisation roles an organisation has open (drafts and published) at once
 * @param poolCreationsPerDay new pools by one organisation
 * @param poolsPerOrganisation pools one organisation hosts
 * @param poolApplicationsPerDay applications to join pools by one organisation
 */
@ConfigurationProperties("jobandel.limits")
public record UsageLimits(
        @DefaultValue("20") int signUpsPerAddressPerHour,
        @DefaultValue("30") int roleCreationsPerDay,
        @DefaultValue("150") int openRolesPerOrganisation,
        @DefaultValue("5") int poolCreationsPerDay,
        @DefaultValue("10") int poolsPerOrganisation,
        @DefaultValue("20") int poolApplicationsPerDay) {

    public UsageLimits {
        if (signUpsPerAddressPerHour < 1
                || roleCreationsPerDay < 1
                || openRolesPerOrganisation < 1
                || poolCreationsPerDay < 1
                || poolsPerOrganisation < 1
                || poolApplicationsPerDay < 1) {
            throw new IllegalArgumentException("Every limit allows at least one");
        }
    }

    public Limit signUps() {
        return new Limit("sign-up-address", signUpsPerAddressPerHour, Duration.ofHours(1));
    }

    public Limit roleCreations() {
        return new Limit("role-creation", roleCreationsPerDay, Duration.ofDays(1));
    }

    public Limit poolCreations() {
        return new Limit("pool-creation", poolCreationsPerDay, Duration.ofDays(1));
    }

    public Limit poolApplications() {
        return new Limit("pool-application", poolApplicationsPerDay, Duration.ofDays(1));
    }
}
