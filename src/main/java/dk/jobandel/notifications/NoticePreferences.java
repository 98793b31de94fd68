package dk.jobandel.notifications;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which kinds of notice a member also wants by e-mail. Every kind that is e-mailed ({@link NoticeKind#mailed()})
 * is, unless the member chose otherwise on their account page; the notice always reaches the notification
 * centre. Only the member's choices against e-mail are stored.
 */
@Service
public class NoticePreferences {

    private final JdbcClient jdbc;

    NoticePreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The kinds a member may choose about: those that are e-mailed at all. */
    public static List<NoticeKind> choosable() {
        return Arrays.stream(NoticeKind.values()).filter(NoticeKind::mailed).toList();
    }

    /** The choosable kinds the member gets by e-mail. */
    @Transactional(readOnly = true)
    public Set<NoticeKind> mailedKinds(long accountId) {
        Set<NoticeKind> mailed = EnumSet.noneOf(NoticeKind.class);
        mailed.addAll(choosable());
        jdbc.sql("select kind from notice_mail_opt_out where account_id = :me")
                .param("me", accountId)
                .query(String.class)
                .list()
                .forEach(kind -> Arrays.stream(NoticeKind.values())
                        .filter(k -> k.name().equals(kind))
                        .forEach(mailed::remove));
        return mailed;
    }

    /** Stores the member's choice: these choosable kinds by e-mail, the others only in the notification centre. */
    @Transactional
    public void choose(long accountId, Collection<NoticeKind> mailed) {
        jdbc.sql("delete from notice_mail_opt_out where account_id = :me")
                .param("me", accountId)
                .update();
        for (NoticeKind kind : choosable()) {
            if (!mailed.contains(kind)) {
                jdbc.sql("insert into notice_mail_opt_out (account_id, kind) values (:me, :kind)")
                        .param("me", accountId)
                        .param("kind", kind.name())
                        .update();
            }
        }
    }

    /** Of these members, those who chose not to get this kind by e-mail: one query. */
    Set<Long> optedOut(Collection<Long> accountIds, NoticeKind kind) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(
                jdbc.sql("select account_id from notice_mail_opt_out where kind = :kind and account_id in (:ids)")
                        .param("kind", kind.name())
                        .param("ids", accountIds)
                        .query(Long.class)
                        .list());
    }
}
