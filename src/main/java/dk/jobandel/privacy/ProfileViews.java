package dk.jobandel.privacy;

import dk.jobandel.members.MemberLookups;
import dk.jobandel.platform.ProfileViewLog;
import dk.jobandel.platform.SignedInMember;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Who looked at a freelancer's profile: consultants' and admins' reads, shown to the freelancer. */
@Service
public class ProfileViews implements ProfileViewLog {

    private static final int SHOWN = 200;

    private final JdbcClient jdbc;
    private final MemberLookups members;
    private final Clock clock;

    ProfileViews(JdbcClient jdbc, MemberLookups members, Clock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.clock = clock;
    }

    public record View(String viewer, String page, Instant at) {}

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void viewed(long freelancerId, SignedInMember viewer, String page) {
        if (viewer.accountId() == freelancerId || !viewer.consultant()) {
            return;
        }
        jdbc.sql("""
                        insert into profile_view (freelancer_id, viewer_id, page, viewed_at)
                        select :freelancer, :viewer, :page, :now
                        where exists (select 1 from member_account where account_id = :freelancer)
                        """)
                .param("freelancer", freelancerId)
                .param("viewer", viewer.accountId())
                .param("page", page)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /**
     * Who read the member's own profile, for a freelancer (only freelancers have a profile others read); empty for any
     * other member.
     */
    @Transactional(readOnly = true)
    public Optional<List<View>> ofOwnProfile(SignedInMember member) {
        return member.freelancer() ? Optional.of(of(member.accountId())) : Optional.empty();
    }

    /** The newest reads first, at most 200, with the reader's name as it is now: two statements. */
    @Transactional(readOnly = true)
    public List<View> of(long freelancerId) {
        record Read(long viewerId, String page, Instant at) {}
        List<Read> reads = jdbc.sql("""
                        select v.viewer_id, v.page, v.viewed_at from profile_view v
                        where v.freelancer_id = :id order by v.viewed_at desc, v.id desc limit :limit
                        """)
                .param("id", freelancerId)
                .param("limit", SHOWN)
                .query((rs, row) -> new Read(
                        rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
        Map<Long, String> names =
                members.displayNames(reads.stream().map(Read::viewerId).collect(Collectors.toSet()));
        return reads.stream()
                .filter(r -> names.containsKey(r.viewerId()))
                .map(r -> new View(names.get(r.viewerId()), r.page(), r.at()))
                .toList();
    }
}
