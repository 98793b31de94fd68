package dk.jobandel.notifications;

import dk.jobandel.members.ColleagueJoined;
import dk.jobandel.members.MemberDirectory;
import dk.jobandel.members.Organisation;
import dk.jobandel.members.OrganisationRejected;
import dk.jobandel.members.OrganisationVerified;
import dk.jobandel.members.Organisations;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells an organisation's staff about the members module's decisions. These run after the decision has
 * committed, in a transaction of their own ({@link ApplicationModuleListener}): a failure here is logged
 * and never undoes the consultant's decision. The application has no {@code @EnableAsync} and no event
 * publication registry, so they run in the publisher's thread right after its commit; a crash between
 * the two loses the notice (see docs/architecture.md).
 */
@Component
class MemberNotices {

    private final Organisations organisations;
    private final MemberDirectory directory;
    private final Notifications notifications;

    MemberNotices(Organisations organisations, MemberDirectory directory, Notifications notifications) {
        this.organisations = organisations;
        this.directory = directory;
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(OrganisationVerified verified) {
        Organisation organisation = organisations.byId(verified.organisationId());
        notifications.notify(
                organisation.getStaffAccountIds(),
                NoticeKind.ORGANISATION_VERIFIED,
                List.of(organisation.getName()),
                "/roles");
    }

    @ApplicationModuleListener
    void on(OrganisationRejected rejected) {
        Organisation organisation = organisations.byId(rejected.organisationId());
        notifications.notify(
                organisation.getStaffAccountIds(),
                NoticeKind.ORGANISATION_REJECTED,
                List.of(organisation.getName(), rejected.reason()),
                "/dashboard");
    }

    @ApplicationModuleListener
    void on(ColleagueJoined joined) {
        Organisation organisation = organisations.byId(joined.organisationId());
        Set<Long> others = organisation.getStaffAccountIds().stream()
                .filter(id -> id != joined.accountId())
                .collect(Collectors.toSet());
        String name = directory.staffOf(List.of(joined.accountId())).stream()
                .map(MemberDirectory.MemberSummary::displayName)
                .findFirst()
                .orElse("");
        notifications.notify(
                others, NoticeKind.COLLEAGUE_JOINED, List.of(name, organisation.getName()), "/organisation/staff");
    }
}
