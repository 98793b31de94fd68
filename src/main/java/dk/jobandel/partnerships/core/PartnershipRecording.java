package dk.jobandel.partnerships.core;

import dk.jobandel.members.OrganisationKind;
import dk.jobandel.shared.core.Decision;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Whether a consultant may record a partnership: between a firm and a verified SØV, ending (if it ends) no earlier
 * than it starts, and linked only to the firm's own need and course, so that an id typed or sent for another firm
 * links nothing.
 */
public final class PartnershipRecording {

    private PartnershipRecording() {}

    /**
     * The facts a new partnership is checked against.
     *
     * @param firmKind the kind of the organisation named as the firm, {@code null} when there is none
     * @param sovKind the kind of the organisation named as the SØV, {@code null} when there is none
     * @param needIsTheFirms no need is named, or the named need is the firm's
     * @param courseIsTheFirms no course is named, or the named course is the firm's
     */
    public record Facts(
            LocalDate start,
            @Nullable LocalDate end,
            @Nullable OrganisationKind firmKind,
            @Nullable OrganisationKind sovKind,
            boolean sovVerified,
            boolean needIsTheFirms,
            boolean courseIsTheFirms) {}

    public static Decision record(Facts p) {
        if (p.end() != null && p.end().isBefore(p.start())) {
            return Decision.refused("END_BEFORE_START");
        }
        if (p.firmKind() != OrganisationKind.FIRM) {
            return Decision.refused("NOT_A_FIRM");
        }
        if (p.sovKind() != OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE) {
            return Decision.refused("NOT_A_SOV");
        }
        if (!p.sovVerified()) {
            return Decision.refused("SOV_NOT_VERIFIED");
        }
        if (!p.needIsTheFirms()) {
            return Decision.refused("NEED_NOT_THE_FIRMS");
        }
        if (!p.courseIsTheFirms()) {
            return Decision.refused("COURSE_NOT_THE_FIRMS");
        }
        return Decision.ALLOWED;
    }
}
