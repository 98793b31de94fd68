package dk.jobandel.freelancers;

import java.util.List;

/**
 * The work-style questionnaire: {@value #QUESTIONS} statements answered on a 1–5 scale between two
 * poles. Job-share partners are later matched on how well their answers fit. The texts live in the
 * message files as {@code workstyle.q1.text}, {@code .low} and {@code .high}.
 */
public final class WorkStyle {

    public static final int QUESTIONS = 10;
    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    /** The question keys in order: q1 … q10. */
    public static final List<String> KEYS = java.util.stream.IntStream.rangeClosed(1, QUESTIONS)
            .mapToObj(i -> "q" + i)
            .toList();

    private WorkStyle() {}
}
