package dk.jobandel.impact;

import dk.jobandel.impact.core.Period;
import dk.jobandel.impact.core.RatingSummary;
import dk.jobandel.partnerships.PartnershipImpact;
import org.springframework.stereotype.Component;

/** The firms' ratings of guidance courses closed in a period, in aggregate ({@link RatingSummary}): one statement. */
@Component
public class CourseFeedbackFigures {

    private final PartnershipImpact partnerships;

    CourseFeedbackFigures(PartnershipImpact partnerships) {
        this.partnerships = partnerships;
    }

    public RatingSummary forPeriod(Period period) {
        return RatingSummary.of(partnerships.courseRatings(period.firstDay(), period.lastDay()));
    }
}
