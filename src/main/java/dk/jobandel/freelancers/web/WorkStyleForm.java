package dk.jobandel.freelancers.web;

import dk.jobandel.freelancers.Profile;
import dk.jobandel.freelancers.WorkStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The answers to the work-style questionnaire, 1–5 each. */
public class WorkStyleForm {

    private long version;
    private List<@Nullable Integer> answers = new ArrayList<>(Collections.nCopies(WorkStyle.QUESTIONS, null));

    static WorkStyleForm of(Profile profile) {
        var form = new WorkStyleForm();
        form.version = profile.version();
        if (profile.workStyle() != null) {
            form.answers = new ArrayList<>(profile.workStyle());
        }
        return form;
    }

    void checkRules(Errors errors) {
        while (answers.size() < WorkStyle.QUESTIONS) {
            answers.add(null);
        }
        for (int i = 0; i < WorkStyle.QUESTIONS; i++) {
            Integer answer = answers.get(i);
            if (answer == null) {
                errors.rejectValue("answers[" + i + "]", "profile.workStyle.unanswered");
            } else if (answer < WorkStyle.LOWEST || answer > WorkStyle.HIGHEST) {
                errors.rejectValue("answers[" + i + "]", "profile.workStyle.scale");
            }
        }
    }

    List<Integer> toAnswers() {
        return answers.subList(0, WorkStyle.QUESTIONS).stream()
                .map(a -> a == null ? 0 : a)
                .toList();
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public List<@Nullable Integer> getAnswers() {
        return answers;
    }

    public void setAnswers(List<@Nullable Integer> answers) {
        this.answers = answers;
    }
}
