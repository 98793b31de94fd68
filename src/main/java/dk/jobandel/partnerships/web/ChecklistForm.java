package dk.jobandel.partnerships.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A checklist edit: the items, one a line, and the version they were based on. */
class ChecklistForm {

    static final int MOST_ITEMS = 40;
    static final int LONGEST_ITEM = 300;

    @NotNull
    private @Nullable Integer version;

    @NotBlank
    @Size(max = 10000)
    private String items = "";

    /** At most {@link #MOST_ITEMS} items of at most {@link #LONGEST_ITEM} characters each. */
    void checkItems(org.springframework.validation.BindingResult result) {
        if (result.hasFieldErrors("items")) {
            return;
        }
        List<String> lines = lines();
        if (lines.size() > MOST_ITEMS) {
            result.rejectValue("items", "partnerships.checklist.tooMany", new Object[] {MOST_ITEMS}, null);
        } else if (lines.stream().anyMatch(l -> l.length() > LONGEST_ITEM)) {
            result.rejectValue("items", "partnerships.checklist.itemTooLong", new Object[] {LONGEST_ITEM}, null);
        }
    }

    List<String> lines() {
        return Arrays.stream(items.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    public @Nullable Integer getVersion() {
        return version;
    }

    public void setVersion(@Nullable Integer version) {
        this.version = version;
    }

    public String getItems() {
        return items;
    }

    public void setItems(String items) {
        this.items = items;
    }
}
