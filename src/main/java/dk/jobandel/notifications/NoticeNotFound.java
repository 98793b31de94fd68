package dk.jobandel.notifications;

import dk.jobandel.platform.ConcealedAsNotFound;
import dk.jobandel.platform.PageNotFound;

/** The member has no notice with this id (it may be another member's). */
public class NoticeNotFound extends PageNotFound implements ConcealedAsNotFound {

    public NoticeNotFound(long noticeId) {
        super("No notice " + noticeId + " for this member");
    }
}
