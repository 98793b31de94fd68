package dk.jobandel.notifications;

/** The member has no notice with this id (it may be another member's). */
public class NoticeNotFound extends RuntimeException implements dk.jobandel.platform.ConcealedAsNotFound {

    public NoticeNotFound(long noticeId) {
        super("No notice " + noticeId + " for this member");
    }
}
