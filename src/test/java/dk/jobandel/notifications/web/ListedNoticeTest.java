package dk.jobandel.notifications.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.notifications.Notifications;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The notification centre's notices as the page writes them. */
class ListedNoticeTest {

    final Instant made = Instant.parse("2026-06-30T22:15:00Z");

    @Test
    void anUnreadNoticeHasItsFormTargetsIdAndCopenhagenTime() {
        var notice = new Notifications.Notice(7, "Nyt tilbud", "/offers/3", made, null);

        assertThat(ListedNotice.of(List.of(notice), 2))
                .containsExactly(new ListedNotice(
                        "notice-7",
                        "Nyt tilbud",
                        true,
                        "/notifications/7/open",
                        "/notifications/7/read?page=2",
                        "2026-06-30T22:15:00Z",
                        "01-07-2026 00:15"));
    }

    @Test
    void aReadNoticeIsNotUnread() {
        var notice = new Notifications.Notice(8, "Godkendt", "/offers/3", made, made.plusSeconds(60));

        assertThat(ListedNotice.of(List.of(notice), 0).getFirst().unread()).isFalse();
    }
}
