package dk.jobandel.procurement;

import dk.jobandel.partnerships.ServiceKind;
import dk.jobandel.procurement.core.EuThreshold;
import dk.jobandel.procurement.core.TraineeLimits;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Procurement figures that change by law, as configuration with the date they apply from.
 *
 * @param thresholdsFrom the day the EU thresholds below apply from
 * @param worksEur the EU threshold for works contracts
 * @param servicesEur the EU threshold for supplies and services bought by municipalities (sub-central authorities)
 * @param socialServicesEur the EU threshold for social and other specific services (the light regime)
 * @param thresholdsSource where the figures come from
 * @param eurToDkk the exchange rate that turns the euro figures into kroner (the contract's value is in kroner)
 * @param traineeMinimumValueDkk § 176(2): the smallest contract value that requires a trainee clause
 * @param traineeMinimumMonths § 176(2): the shortest contract period that requires a trainee clause
 */
@ConfigurationProperties("jobandel.procurement")
public record ProcurementSettings(
        LocalDate thresholdsFrom,
        long worksEur,
        long servicesEur,
        long socialServicesEur,
        String thresholdsSource,
        BigDecimal eurToDkk,
        long traineeMinimumValueDkk,
        int traineeMinimumMonths) {

    /** The three thresholds with their date and the exchange rate. */
    public EuThreshold.Figures thresholds() {
        return new EuThreshold.Figures(thresholdsFrom, worksEur, servicesEur, socialServicesEur, eurToDkk);
    }

    /** The threshold that applies to a service of the catalogue. */
    public EuThreshold thresholdFor(ServiceKind service) {
        return thresholds().applyingTo(service);
    }

    public TraineeLimits traineeLimits() {
        return new TraineeLimits(traineeMinimumValueDkk, traineeMinimumMonths);
    }
}
