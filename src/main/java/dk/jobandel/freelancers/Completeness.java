package dk.jobandel.freelancers;

import java.util.List;

/** How much of the profile is filled in, and what is still missing, in the order to do it. */
public record Completeness(List<Part> missing) {

    public enum Part {
        BASICS,
        SKILLS,
        AVAILABILITY,
        WORK_STYLE
    }

    public int percent() {
        int parts = Part.values().length;
        return 100 * (parts - missing.size()) / parts;
    }

    public boolean isComplete() {
        return missing.isEmpty();
    }
}
