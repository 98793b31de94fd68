package dk.jobandel.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.jobandel.members.MemberRegistration.NewOrganisation;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Review finding 7: a rejected organisation does not keep its CVR number for ever. */
@ApplicationTest
class CvrAfterRejectionIntegrationTest {

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    private long register(String cvr) {
        return registration.registerCooperative(
                new NewOrganisation("Genstart Kooperativ", cvr, OrganisationType.WORKER_COOPERATIVE, (short) 101),
                new NewPerson("Per", Sessions.uniqueEmail("per"), Sessions.PASSWORD, Locale.of("da")));
    }

    @Test
    void aCvrNumberCanBeRegisteredAgainAfterARejectionButNotWhileItIsHeld() {
        String cvr = Sessions.uniqueCvr();
        long first = register(cvr);
        assertThatThrownBy(() -> register(cvr)).isInstanceOf(RegistrationRefused.class);

        long consultant = registration.createStaffAccount(
                new NewPerson("Mette", Sessions.uniqueEmail("mette"), Sessions.PASSWORD, Locale.of("da")),
                EnumSet.of(Role.CONSULTANT));
        organisations.reject(first, consultant, organisations.byId(first).getVersion(), "Ikke et kooperativ");

        long second = register(cvr);
        assertThat(second).isNotEqualTo(first);
        assertThat(organisations.byCvr(new Cvr(cvr))).map(Organisation::getId).contains(second);
        assertThatThrownBy(() -> register(cvr)).isInstanceOf(RegistrationRefused.class);
    }
}
