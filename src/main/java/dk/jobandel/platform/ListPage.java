package dk.jobandel.platform;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a long list: its rows, which page it is (counted from 0, as the {@code page} query parameter carries
 * it), the page size and how many rows the whole list has, so a page can say "51–100 af 213". Lists count their
 * rows in the statement that reads the page ({@code count(*) over ()}), so a page costs the same whatever the list
 * holds. A page past the end shows the last page ({@link #lastNumber(long, int)}); a page parameter that is not a
 * number is refused with {@link PageNumberUnreadable}, shown as a page of its own with status 400.
 *
 * @param <T> the type of a row
 */
public record ListPage<T>(List<T> rows, int number, int size, long total) {

    /** The page size of every paged list: enough to scan, small enough to read without scrolling for long. */
    public static final int SIZE = 50;

    /** The highest page number a link may carry; anything above it is not a page of any real list. */
    static final int MAX_NUMBER = 1_000_000;

    public ListPage {
        rows = List.copyOf(rows);
        if (number < 0 || size < 1 || total < 0) {
            throw new IllegalArgumentException("No such page: " + number + " of size " + size);
        }
    }

    /** The first page of a list with no rows. */
    public static <T> ListPage<T> empty(int size) {
        return new ListPage<>(List.of(), 0, size, 0);
    }

    /** Whether a page comes before this one. */
    public boolean hasPrevious() {
        return number > 0;
    }

    /** Whether a page comes after this one. */
    public boolean hasNext() {
        return (long) (number + 1) * size < total;
    }

    /** Whether the list needs more than one page (and so a pager). */
    public boolean paged() {
        return total > size || number > 0;
    }

    /** The position of this page's first row in the whole list, from 1; 0 for an empty page. */
    public long firstRow() {
        return rows.isEmpty() ? 0 : (long) number * size + 1;
    }

    /** The position of this page's last row in the whole list, from 1; 0 for an empty page. */
    public long lastRow() {
        return rows.isEmpty() ? 0 : (long) number * size + rows.size();
    }

    /** The number of the last page (from 0); 0 for an empty list. */
    public int lastNumber() {
        return lastNumber(total, size);
    }

    /** The number of the last page (from 0) of a list of {@code total} rows; 0 for an empty list. */
    public static int lastNumber(long total, int size) {
        return total == 0 ? 0 : (int) ((total - 1) / size);
    }

    /** How many rows come before page {@code number}: the statement's offset. */
    public static long offset(int number, int size) {
        return (long) number * size;
    }

    /**
     * One page of a list held whole in memory (a list sorted on values from several modules); a page past the end
     * is the last page.
     */
    public static <T> ListPage<T> of(List<T> all, int number, int size) {
        int page = Math.min(number, lastNumber(all.size(), size));
        int from = (int) Math.min(offset(page, size), all.size());
        return new ListPage<>(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
    }

    /**
     * The address of page {@code number} of a list at {@code path} with its filter and order kept: the parameters
     * in their order, those without a value left out, and no {@code page} for the first page.
     */
    public static String link(String path, java.util.Map<String, ? extends @Nullable Object> parameters, int number) {
        var uri = org.springframework.web.util.UriComponentsBuilder.fromPath(path);
        parameters.forEach((name, value) -> {
            if (value != null && !value.toString().isEmpty()) {
                uri.queryParam(name, value);
            }
        });
        if (number > 0) {
            uri.queryParam("page", number);
        }
        return uri.encode().build().toUriString();
    }

    /** The address of the page before this one, with the list's filter and order ({@link #link}). */
    public String previousLink(String path, java.util.Map<String, ? extends @Nullable Object> parameters) {
        return link(path, parameters, Math.max(number - 1, 0));
    }

    /** The address of the page after this one, with the list's filter and order ({@link #link}). */
    public String nextLink(String path, java.util.Map<String, ? extends @Nullable Object> parameters) {
        return link(path, parameters, number + 1);
    }

    /**
     * The page number a {@code page} query parameter asks for: nothing is the first page (0), a whole number from 0
     * is that page.
     *
     * @throws PageNumberUnreadable for anything else (a word, a negative number, a number no list reaches)
     */
    public static int number(@Nullable String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return 0;
        }
        String digits = parameter.strip();
        if (digits.length() > 7 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new PageNumberUnreadable();
        }
        int number = Integer.parseInt(digits);
        if (number > MAX_NUMBER) {
            throw new PageNumberUnreadable();
        }
        return number;
    }

    /** A {@code page} query parameter that is not a page number; pages show it with status 400 and a message. */
    public static final class PageNumberUnreadable extends RuntimeException {

        public PageNumberUnreadable() {
            super("The page parameter is not a page number");
        }
    }
}
