package dk.jobandel.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Where a reader is in a long list, and which page numbers a link may carry. */
class ListPageTest {

    static final List<Integer> ROWS = IntStream.rangeClosed(1, 213).boxed().toList();

    @Test
    void theSecondPageHoldsTheNextRowsAndSaysWhichOfHowMany() {
        ListPage<Integer> second = ListPage.of(ROWS, 1, 50);
        assertThat(second.rows()).first().isEqualTo(51);
        assertThat(second.rows()).last().isEqualTo(100);
        assertThat(second.firstRow()).isEqualTo(51);
        assertThat(second.lastRow()).isEqualTo(100);
        assertThat(second.total()).isEqualTo(213);
        assertThat(second.lastNumber()).isEqualTo(4);
        assertThat(second.hasPrevious()).isTrue();
        assertThat(second.hasNext()).isTrue();
        assertThat(second.paged()).isTrue();
    }

    @Test
    void aPagePastTheEndIsTheLastPage() {
        ListPage<Integer> beyond = ListPage.of(ROWS, 99, 50);
        assertThat(beyond.number()).isEqualTo(4);
        assertThat(beyond.rows()).containsExactlyElementsOf(ROWS.subList(200, 213));
        assertThat(beyond.hasNext()).isFalse();
        assertThat(beyond.lastRow()).isEqualTo(213);
    }

    @Test
    void aShortListIsOnePageWithoutAPager() {
        ListPage<Integer> one = ListPage.of(List.of(1, 2, 3), 0, 50);
        assertThat(one.paged()).isFalse();
        assertThat(one.hasNext()).isFalse();
        ListPage<Integer> none = ListPage.of(List.of(), 3, 50);
        assertThat(none.number()).isZero();
        assertThat(none.firstRow()).isZero();
        assertThat(none.paged()).isFalse();
    }

    @Test
    void aPageParameterIsAWholeNumberFromZeroOrNothing() {
        assertThat(ListPage.number(null)).isZero();
        assertThat(ListPage.number(" ")).isZero();
        assertThat(ListPage.number("3")).isEqualTo(3);
        assertThat(ListPage.number(" 12 ")).isEqualTo(12);
        for (String junk : List.of("-1", "abc", "1e3", "2.5", "99999999999999999999", "٣", "1000001")) {
            assertThatThrownBy(() -> ListPage.number(junk)).as(junk).isInstanceOf(ListPage.PageNumberUnreadable.class);
        }
    }

    @Test
    void linksKeepTheFilterLeaveOutWhatIsEmptyAndNameNoPageForTheFirst() {
        Map<String, Object> kept = new LinkedHashMap<>();
        kept.put("q", "Ærø & co");
        kept.put("municipality", null);
        kept.put("skill", "");
        kept.put("sort", "score");
        ListPage<Integer> second = ListPage.of(ROWS, 1, 50);
        assertThat(second.previousLink("/consultant/roles", kept))
                .isEqualTo("/consultant/roles?q=%C3%86r%C3%B8%20%26%20co&sort=score");
        assertThat(second.nextLink("/consultant/roles", kept))
                .isEqualTo("/consultant/roles?q=%C3%86r%C3%B8%20%26%20co&sort=score&page=2");
        assertThat(ListPage.link("/notifications", Map.of(), 0)).isEqualTo("/notifications");
    }
}
