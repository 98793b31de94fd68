package dk.jobandel.procurement.core;

import dk.jobandel.partnerships.ServiceKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The EU threshold that applies to a contract, with the date it applies from.
 *
 * @param kind which of the thresholds: works, supplies and services, or social and other specific services
 * @param eur the figure in euro, as the Commission publishes it
 * @param dkk the figure in kroner, from the configured exchange rate
 * @param from the day the figure applies from
 */
public record EuThreshold(Kind kind, long eur, long dkk, LocalDate from) {

    public enum Kind {
        WORKS,
        SERVICES,
        SOCIAL_SERVICES
    }

    /** All three figures of one period, and the exchange rate to kroner. */
    public record Figures(
            LocalDate from, long worksEur, long servicesEur, long socialServicesEur, BigDecimal eurToDkk) {

        /**
         * The threshold for a service from the catalogue. The catalogue's services are services bought by a
         * municipality (the sub-central threshold), except those on the light regime's list of social services (the
         * same as § 190's: {@link ClauseCheck#SECTION_190_SERVICES}); none of them is a works contract.
         */
        public EuThreshold applyingTo(ServiceKind service) {
            return ClauseCheck.SECTION_190_SERVICES.contains(service)
                    ? of(Kind.SOCIAL_SERVICES, socialServicesEur)
                    : of(Kind.SERVICES, servicesEur);
        }

        private EuThreshold of(Kind kind, long eur) {
            long dkk = eurToDkk.multiply(BigDecimal.valueOf(eur))
                    .setScale(0, RoundingMode.HALF_UP)
                    .longValueExact();
            return new EuThreshold(kind, eur, dkk, from);
        }
    }

    /** Whether an estimated value in kroner reaches the threshold (the directives' "equal to or greater than"). */
    public boolean reachedBy(long estimatedValueDkk) {
        return estimatedValueDkk >= dkk;
    }

    /** Whether the municipality's answer differs from what the estimated value says. */
    public boolean contradicts(long estimatedValueDkk, boolean statedAbove) {
        return reachedBy(estimatedValueDkk) != statedAbove;
    }
}
