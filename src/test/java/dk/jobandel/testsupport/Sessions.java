package dk.jobandel.testsupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.MemberRegistration.NewOrganisation;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.members.OrganisationType;
import dk.jobandel.members.Organisations;
import dk.jobandel.members.Role;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Members for MockMvc tests: creates them through the public API and logs them in through the real
 * login form, each from its own client address so login throttling never couples two tests.
 */
public final class Sessions {

    public static final String PASSWORD = "grøn cykel under æbletræet";
    private static final AtomicInteger addresses = new AtomicInteger();
    private static final AtomicInteger cvrs = new AtomicInteger(1_000_000);

    private final MockMvc mvc;
    private final MemberRegistration registration;
    private final Organisations organisations;

    public Sessions(MockMvc mvc, MemberRegistration registration, Organisations organisations) {
        this.mvc = mvc;
        this.registration = registration;
        this.organisations = organisations;
    }

    public record Member(long accountId, String email, MockHttpSession session) {}

    public record Cooperative(long organisationId, Member staff) {}

    public static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID() + "@example.dk";
    }

    /** A fresh, valid CVR number (modulus 11) that no other test uses. */
    public static String uniqueCvr() {
        int[] weights = {2, 7, 6, 5, 4, 3, 2, 1};
        while (true) {
            String seven = String.valueOf(2_000_000 + cvrs.incrementAndGet());
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                sum += weights[i] * (seven.charAt(i) - '0');
            }
            int check = (11 - sum % 11) % 11;
            if (check < 10) {
                return seven + check;
            }
        }
    }

    public MockHttpSession login(String email) throws Exception {
        return login(email, PASSWORD);
    }

    /** Logs in an existing member, such as one from the demo data, with their password. */
    public MockHttpSession login(String email, String password) throws Exception {
        int n = addresses.incrementAndGet();
        String address = "10.77." + (n / 250) + "." + (n % 250 + 1);
        return (MockHttpSession) mvc.perform(post("/login")
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        })
                        .param("email", email)
                        .param("password", password))
                .andExpect(redirectedUrl("/dashboard"))
                .andReturn()
                .getRequest()
                .getSession();
    }

    public Member freelancer(String name) throws Exception {
        String email = uniqueEmail("freelancer");
        long id = registration.registerFreelancer(new NewPerson(name, email, PASSWORD, Locale.of("da")));
        return new Member(id, email, login(email));
    }

    public Member consultant(String name) throws Exception {
        String email = uniqueEmail("consultant");
        long id = registration.createStaffAccount(
                new NewPerson(name, email, PASSWORD, Locale.of("da")), EnumSet.of(Role.CONSULTANT));
        return new Member(id, email, login(email));
    }

    public Cooperative cooperative(String name, boolean verified) throws Exception {
        String email = uniqueEmail("staff");
        long organisationId = registration.registerCooperative(
                new NewOrganisation(name, uniqueCvr(), OrganisationType.WORKER_COOPERATIVE, (short) 101),
                new NewPerson("Staff of " + name, email, PASSWORD, Locale.of("da")));
        if (verified) {
            organisations.verify(organisationId);
        }
        long accountId = organisations
                .byId(organisationId)
                .getStaffAccountIds()
                .iterator()
                .next();
        return new Cooperative(organisationId, new Member(accountId, email, login(email)));
    }
}
