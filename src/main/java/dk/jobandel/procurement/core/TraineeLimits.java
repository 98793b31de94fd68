package dk.jobandel.procurement.core;

/**
 * The size limits above which udbudsloven § 176(2) requires a trainee clause, as configuration: the contract must be
 * above the EU threshold, worth at least {@code minimumValueDkk} and run at least {@code minimumMonths}.
 */
public record TraineeLimits(long minimumValueDkk, int minimumMonths) {

    public boolean reachedBy(ContractFacts contract) {
        return contract.aboveEuThreshold()
                && contract.estimatedValueDkk() >= minimumValueDkk
                && contract.months() >= minimumMonths;
    }
}
