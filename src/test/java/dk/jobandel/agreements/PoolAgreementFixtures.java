package dk.jobandel.agreements;

import dk.jobandel.members.Actors;
import dk.jobandel.pools.NeedDetails;
import dk.jobandel.pools.PoolDetails;
import dk.jobandel.pools.Pools;
import dk.jobandel.shared.WeekGrid;
import dk.jobandel.testsupport.Sessions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A pool with a host and two members, each with a need, and a worker, made through the modules' public APIs: the
 * host pays 200,00 kr. an hour with 10 % pension and charges a fee of 8 %. Member A needs 4 of Monday 08:00–12:00,
 * member B 6 of Tuesday 08:00–16:00.
 */
public final class PoolAgreementFixtures {

    public final Sessions.Cooperative host;
    public final Sessions.Cooperative memberA;
    public final Sessions.Cooperative memberB;
    public final Sessions.Cooperative outsider;
    public final Sessions.Member worker;
    public final Sessions.Member otherFreelancer;
    public final Sessions.Member consultant;
    public final long poolId;
    public final String poolName;
    public final long needA;
    public final long needB;

    public static final WeekGrid WINDOW_A = WeekGrid.parse("man 08:00–12:00");
    public static final WeekGrid WINDOW_B = WeekGrid.parse("tir 08:00–16:00");

    public PoolAgreementFixtures(Sessions sessions, Pools pools, Actors actors) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        host = sessions.cooperative("Værtshuset " + tag, true);
        memberA = sessions.cooperative("Andelsbageriet " + tag, true);
        memberB = sessions.cooperative("Bogcafeen " + tag, true);
        outsider = sessions.cooperative("Udenfor " + tag, true);
        worker = sessions.freelancer("Wilma Worker");
        otherFreelancer = sessions.freelancer("Otto Anden");
        consultant = sessions.consultant("Konny Konsulent");
        poolName = "Puljen " + tag;
        poolId = pools.create(
                actors.of(host.staff().accountId()),
                null,
                new PoolDetails(
                        poolName,
                        "Vi deler folk",
                        (short) 751,
                        new BigDecimal("8.00"),
                        30,
                        new BigDecimal("2"),
                        new BigDecimal("200.00"),
                        new BigDecimal("10.00")));
        for (Sessions.Cooperative member : List.of(memberA, memberB)) {
            pools.apply(actors.of(member.staff().accountId()), poolId);
            Pools.Member application =
                    pools.overview(actors.of(host.staff().accountId()), poolId, LocalDate.now()).members().stream()
                            .filter(m -> m.organisationId() == member.organisationId())
                            .findFirst()
                            .orElseThrow();
            pools.approve(actors.of(host.staff().accountId()), poolId, application.id(), application.version());
        }
        needA = pools.postNeed(actors.of(memberA.staff().accountId()), poolId, need("Bogføring", WINDOW_A, "4"));
        needB = pools.postNeed(actors.of(memberB.staff().accountId()), poolId, need("Café", WINDOW_B, "6"));
    }

    public static NeedDetails need(String title, WeekGrid window, String hours) {
        return new NeedDetails(
                title,
                window,
                new BigDecimal(hours),
                false,
                (short) 751,
                LocalDate.now().minusWeeks(1),
                null,
                List.of());
    }

    public NewPoolAgreement.Part partA() {
        return new NewPoolAgreement.Part(needA, memberA.organisationId(), "Bogføring", WINDOW_A, 8);
    }

    public NewPoolAgreement.Part partB() {
        return new NewPoolAgreement.Part(needB, memberB.organisationId(), "Café", WINDOW_B, 12);
    }

    /** The worker's agreement with both parts from {@code start}, until further notice. */
    public NewPoolAgreement agreement(LocalDate start) {
        return new NewPoolAgreement(
                poolId,
                null,
                start,
                null,
                worker.accountId(),
                List.of(partA(), partB()),
                host.staff().accountId());
    }
}
