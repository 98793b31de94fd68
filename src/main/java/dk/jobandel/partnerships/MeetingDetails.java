package dk.jobandel.partnerships;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting of a guidance course, with the next steps agreed at it.
 *
 * @param mode MEETING, PHONE or VIDEO
 */
public record MeetingDetails(
        LocalDate heldOn, String mode, int minutes, String participants, String notes, List<NextStep> nextSteps) {

    public MeetingDetails {
        nextSteps = List.copyOf(nextSteps);
    }

    /** A next step: what, who owns it, by when. */
    public record NextStep(String description, String owner, LocalDate dueOn) {}
}
