package dk.jobandel.notifications.web;

import dk.jobandel.platform.HeaderFigure;
import dk.jobandel.platform.SignedInMember;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The signed-in member's unread count in the page header: one count on the partial index of unread notices, read
 * by the platform together with the header's other figures (see {@link HeaderFigure}).
 */
@Component
class UnreadNoticesAdvice implements HeaderFigure {

    @Override
    public String name() {
        return "unreadNotices";
    }

    @Override
    public Optional<Count> countFor(SignedInMember member) {
        return Optional.of(new Count(
                "select count(*) from notification where recipient_id = :unreadNoticesMe and read_at is null",
                Map.of("unreadNoticesMe", member.accountId())));
    }
}
