package dk.jobandel.partnerships.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The firm's feedback on a closed course: a rating 1–5 and a comment. */
class FeedbackForm {

    @NotNull
    @Min(1)
    @Max(5)
    private @Nullable Integer rating;

    @Size(max = 2000)
    private String comment = "";

    public @Nullable Integer getRating() {
        return rating;
    }

    public void setRating(@Nullable Integer rating) {
        this.rating = rating;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
