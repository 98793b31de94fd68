package dk.jobandel.demo;

import dk.jobandel.freelancers.FreelancerProfiles;
import dk.jobandel.members.Cvr;
import dk.jobandel.members.MemberDirectory;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.MemberRegistration.NewOrganisation;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.members.OrganisationType;
import dk.jobandel.members.Organisations;
import dk.jobandel.members.RegistrationRefused;
import dk.jobandel.members.Role;
import dk.jobandel.partnerships.GuidanceCourses;
import dk.jobandel.partnerships.PartnershipNeeds;
import dk.jobandel.partnerships.SovProfiles;
import dk.jobandel.platform.SupportedLanguages;
import dk.jobandel.pools.Pools;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.shared.ReferenceData;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data set: consultants, cooperatives in several municipalities (most verified, two
 * awaiting verification) with one staff account each, forty-odd freelancers with filled-in profiles, and an
 * employee pool around Aarhus whose members' needs fill a worker's week.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    record DemoCooperative(
            String name,
            String cvr,
            OrganisationType type,
            int municipality,
            boolean verified,
            String staffName,
            String staffEmail) {}

    static final List<NewPersonSeed> CONSULTANTS = List.of(
            new NewPersonSeed("Mette Lund", "konsulent@demo.jobandel.dk"),
            new NewPersonSeed("Jonas Friis", "jonas.friis@demo.jobandel.dk"));

    static final List<DemoCooperative> COOPERATIVES = List.of(
            new DemoCooperative(
                    "Andelskøkkenet Nørrebro",
                    "62601817",
                    OrganisationType.WORKER_COOPERATIVE,
                    101,
                    true,
                    "Sofie Kjær",
                    "kooperativ@demo.jobandel.dk"),
            new DemoCooperative(
                    "Grøn Omstilling Kooperativ",
                    "69083013",
                    OrganisationType.WORKER_COOPERATIVE,
                    751,
                    true,
                    "Anders Holm",
                    "anders@groen-omstilling.demo.jobandel.dk"),
            new DemoCooperative(
                    "Fælles IT Andelsselskab",
                    "76131864",
                    OrganisationType.OTHER_COOPERATIVE,
                    461,
                    true,
                    "Fatima Hassan",
                    "fatima@faelles-it.demo.jobandel.dk"),
            new DemoCooperative(
                    "Socialøkonomisk Rengøring Aalborg",
                    "19139093",
                    OrganisationType.SOCIAL_ECONOMY_ENTERPRISE,
                    851,
                    true,
                    "Lars Mikkelsen",
                    "lars@rengoering-aalborg.demo.jobandel.dk"),
            new DemoCooperative(
                    "Kulturhuset Tværs",
                    "72819489",
                    OrganisationType.ASSOCIATION,
                    265,
                    true,
                    "Ida Søndergaard",
                    "ida@tvaers.demo.jobandel.dk"),
            new DemoCooperative(
                    "Cykelværkstedet Vesterbro",
                    "31993512",
                    OrganisationType.WORKER_COOPERATIVE,
                    101,
                    true,
                    "Mads Bach",
                    "mads@cykelvaerkstedet.demo.jobandel.dk"),
            new DemoCooperative(
                    "Omsorgskooperativet Vejle",
                    "91909375",
                    OrganisationType.SOCIAL_ECONOMY_ENTERPRISE,
                    630,
                    false,
                    "Hanne Poulsen",
                    "hanne@omsorg-vejle.demo.jobandel.dk"),
            new DemoCooperative(
                    "Bornholms Bogholderi Andel",
                    "96579756",
                    OrganisationType.OTHER_COOPERATIVE,
                    400,
                    false,
                    "Peter Kofoed",
                    "peter@bornholms-bogholderi.demo.jobandel.dk"),
            new DemoCooperative(
                    "Herning Håndværkerkollektiv",
                    "53231942",
                    OrganisationType.WORKER_COOPERATIVE,
                    657,
                    true,
                    "Camilla Bak",
                    "camilla@haandvaerk-herning.demo.jobandel.dk"));

    record NewPersonSeed(String name, String email) {}

    static final String FREELANCER_LOGIN = "freelancer@demo.jobandel.dk";

    private final MemberRegistration registration;
    private final Organisations organisations;
    private final MemberDirectory directory;
    private final FreelancerProfiles profiles;
    private final SharedRoles roles;
    private final ReferenceData referenceData;
    private final Pools pools;
    private final dk.jobandel.members.Actors actors;
    private final SovProfiles sovProfiles;
    private final PartnershipNeeds partnershipNeeds;
    private final GuidanceCourses guidanceCourses;
    private final dk.jobandel.procurement.Contracts contracts;
    private final dk.jobandel.procurement.ContractFollowUp followUp;
    private final dk.jobandel.procurement.ClauseLibrary clauseLibrary;
    private final dk.jobandel.procurement.KnowledgeBank knowledgeBank;
    private final dk.jobandel.procurement.ForumMeetings forumMeetings;
    private final dk.jobandel.procurement.SupplierProfiles supplierProfiles;
    private final dk.jobandel.procurement.EvidenceLinks evidenceLinks;
    private final dk.jobandel.agreements.Agreements agreements;
    private final Clock clock;
    private final String password;

    DemoData(
            MemberRegistration registration,
            Organisations organisations,
            MemberDirectory directory,
            FreelancerProfiles profiles,
            SharedRoles roles,
            ReferenceData referenceData,
            Pools pools,
            dk.jobandel.members.Actors actors,
            SovProfiles sovProfiles,
            PartnershipNeeds partnershipNeeds,
            GuidanceCourses guidanceCourses,
            dk.jobandel.procurement.Contracts contracts,
            dk.jobandel.procurement.ContractFollowUp followUp,
            dk.jobandel.procurement.ClauseLibrary clauseLibrary,
            dk.jobandel.procurement.KnowledgeBank knowledgeBank,
            dk.jobandel.procurement.ForumMeetings forumMeetings,
            dk.jobandel.procurement.SupplierProfiles supplierProfiles,
            dk.jobandel.procurement.EvidenceLinks evidenceLinks,
            dk.jobandel.agreements.Agreements agreements,
            Clock clock,
            @Value("${jobandel.demo.password}") String password) {
        this.registration = registration;
        this.organisations = organisations;
        this.directory = directory;
        this.profiles = profiles;
        this.roles = roles;
        this.referenceData = referenceData;
        this.pools = pools;
        this.actors = actors;
        this.sovProfiles = sovProfiles;
        this.partnershipNeeds = partnershipNeeds;
        this.guidanceCourses = guidanceCourses;
        this.contracts = contracts;
        this.followUp = followUp;
        this.clauseLibrary = clauseLibrary;
        this.knowledgeBank = knowledgeBank;
        this.forumMeetings = forumMeetings;
        this.supplierProfiles = supplierProfiles;
        this.evidenceLinks = evidenceLinks;
        this.agreements = agreements;
        this.clock = clock;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = 0;
        for (NewPersonSeed consultant : CONSULTANTS) {
            created += ifAbsent(() -> registration.createStaffAccount(person(consultant), EnumSet.of(Role.CONSULTANT)));
        }
        for (DemoCooperative cooperative : COOPERATIVES) {
            var existing = organisations.byCvr(new Cvr(cooperative.cvr()));
            if (existing.isPresent()) {
                created += DemoRoles.create(
                        cooperative.cvr(),
                        directory.accountIdOf(cooperative.staffEmail()).orElseThrow(),
                        roles,
                        referenceData);
                continue;
            }
            long id = registration.registerCooperative(
                    new NewOrganisation(cooperative.name(), cooperative.cvr(), cooperative.type(), (short)
                            cooperative.municipality()),
                    person(new NewPersonSeed(cooperative.staffName(), cooperative.staffEmail())));
            if (cooperative.verified()) {
                organisations.verify(id);
            }
            created++;
            created += DemoRoles.create(
                    cooperative.cvr(),
                    directory.accountIdOf(cooperative.staffEmail()).orElseThrow(),
                    roles,
                    referenceData);
        }
        for (int i = 0; i < DemoFreelancers.NAMES.size(); i++) {
            String name = DemoFreelancers.NAMES.get(i);
            String email = i == 0 ? FREELANCER_LOGIN : DemoFreelancers.email(name);
            created += ifAbsent(() -> registration.registerFreelancer(person(new NewPersonSeed(name, email))));
            long accountId = directory.accountIdOf(email).orElseThrow();
            DemoFreelancers.fill(i, accountId, profiles, referenceData);
        }
        Map<String, Long> staffByCvr = new HashMap<>();
        for (DemoCooperative cooperative : COOPERATIVES) {
            staffByCvr.put(
                    cooperative.cvr(),
                    directory.accountIdOf(cooperative.staffEmail()).orElseThrow());
        }
        created += DemoPools.create(pools, actors, referenceData, staffByCvr);
        created += DemoPartnerships.create(
                registration,
                organisations,
                directory,
                sovProfiles,
                partnershipNeeds,
                guidanceCourses,
                directory.accountIdOf(CONSULTANTS.getFirst().email()).orElseThrow(),
                password,
                clock);
        created += DemoProcurement.create(
                registration,
                organisations,
                directory,
                contracts,
                followUp,
                clauseLibrary,
                knowledgeBank,
                forumMeetings,
                supplierProfiles,
                new DemoProcurement.BookedEvidence(roles, agreements, evidenceLinks),
                directory.accountIdOf(CONSULTANTS.getFirst().email()).orElseThrow(),
                password,
                clock);
        log.info(
                "Demo data ready ({} new records). Log in as {} (consultant), {} (cooperative) or {} (freelancer) "
                        + "with the password '{}'",
                created,
                CONSULTANTS.getFirst().email(),
                COOPERATIVES.getFirst().staffEmail(),
                FREELANCER_LOGIN,
                password);
    }

    private NewPerson person(NewPersonSeed seed) {
        return new NewPerson(seed.name(), seed.email(), password, SupportedLanguages.DANISH);
    }

    /** Creates a record unless its e-mail is taken, which means an earlier run already made it. */
    private static int ifAbsent(Runnable create) {
        try {
            create.run();
            return 1;
        } catch (RegistrationRefused alreadyThere) {
            return 0;
        }
    }
}
