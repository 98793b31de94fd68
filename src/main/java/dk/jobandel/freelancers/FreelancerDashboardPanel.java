package dk.jobandel.freelancers;

import dk.jobandel.platform.DashboardPanel;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.shared.WeekPicture;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** On a freelancer's dashboard: how complete the profile is, what is missing, and the week picture. */
@Component
class FreelancerDashboardPanel implements DashboardPanel {

    private final FreelancerProfiles profiles;

    FreelancerDashboardPanel(FreelancerProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "freelancers/_dashboard";
    }

    @Override
    public Optional<Map<String, Object>> modelFor(SignedInMember member) {
        if (!member.freelancer()) {
            return Optional.empty();
        }
        Profile profile = profiles.profileOf(member.accountId());
        return Optional.of(Map.of(
                "profile", profile,
                "completeness", profile.completeness(),
                "picture", WeekPicture.of(profile.availability())));
    }
}
