package dk.jobandel.demo;

import dk.jobandel.members.Actor;
import dk.jobandel.members.Actors;
import dk.jobandel.pools.MemberStatus;
import dk.jobandel.pools.NeedDetails;
import dk.jobandel.pools.NeedSkill;
import dk.jobandel.pools.PoolDetails;
import dk.jobandel.pools.Pools;
import dk.jobandel.shared.ReferenceData;
import dk.jobandel.shared.Skill;
import dk.jobandel.shared.WeekGrid;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One pool in and around Aarhus: a host and three member cooperatives whose part-time needs, taken together, fill a
 * worker's week (37.5 hours, Monday to Friday, with same-day pairs in neighbouring municipalities and one remote
 * day), and three freelancers who want pool work as its workers.
 */
final class DemoPools {

    private DemoPools() {}

    static final String NAME = "Aarhus Kooperative Pulje";
    static final String HOST_CVR = "69083013"; // Grøn Omstilling Kooperativ, Aarhus
    static final List<String> MEMBER_CVRS = List.of("76131864", "72819489", "53231942");

    private static final LocalDate START = LocalDate.of(2026, 11, 2);

    record Need(
            String cvr,
            String title,
            DayOfWeek day,
            LocalTime from,
            LocalTime to,
            String hours,
            @Nullable Integer municipality,
            List<String> skills) {}

    private static LocalTime at(int hour, int minute) {
        return LocalTime.of(hour, minute);
    }

    static final List<Need> NEEDS = List.of(
            new Need(
                    HOST_CVR,
                    "Energirådgivning i butikken",
                    DayOfWeek.MONDAY,
                    at(8, 0),
                    at(12, 0),
                    "4",
                    751,
                    List.of("energy_renovation:2")),
            new Need(
                    "53231942",
                    "Værkstedshjælp",
                    DayOfWeek.MONDAY,
                    at(13, 0),
                    at(17, 0),
                    "4",
                    740,
                    List.of("handyman_repairs:1")),
            new Need(
                    "72819489",
                    "Billetsalg og café",
                    DayOfWeek.TUESDAY,
                    at(9, 0),
                    at(15, 0),
                    "6",
                    751,
                    List.of("barista:1", "reception_customer_service:1")),
            new Need(
                    "76131864",
                    "IT-support til medlemmerne",
                    DayOfWeek.WEDNESDAY,
                    at(8, 0),
                    at(15, 30),
                    "7.5",
                    null,
                    List.of("it_support:2")),
            new Need(
                    HOST_CVR,
                    "Ladcykellevering",
                    DayOfWeek.THURSDAY,
                    at(8, 0),
                    at(12, 0),
                    "4",
                    751,
                    List.of("cargo_bike_delivery:1")),
            new Need(
                    "53231942",
                    "Lager og indkøb",
                    DayOfWeek.THURSDAY,
                    at(13, 0),
                    at(17, 0),
                    "4",
                    746,
                    List.of("warehouse_work:1")),
            new Need(
                    "72819489",
                    "Opsætning til koncert",
                    DayOfWeek.FRIDAY,
                    at(8, 0),
                    at(12, 0),
                    "4",
                    751,
                    List.of("event_planning:1")),
            new Need(
                    "76131864",
                    "Bogføring for andelen",
                    DayOfWeek.FRIDAY,
                    at(12, 30),
                    at(16, 30),
                    "4",
                    751,
                    List.of("bookkeeping:2")));

    /**
     * Creates the pool unless it exists; {@code staffByCvr} gives each demo cooperative's staff account.
     *
     * @return the number of records made
     */
    static int create(Pools pools, Actors actors, ReferenceData referenceData, Map<String, Long> staffByCvr) {
        Actor host = actors.of(staffByCvr.get(HOST_CVR));
        if (pools.visibleTo(host).stream().anyMatch(p -> p.name().equals(NAME))) {
            return 0;
        }
        long poolId = pools.create(
                host,
                null,
                new PoolDetails(
                        NAME,
                        "Kooperativer i Østjylland deler medarbejdere, så de få timer hver har brug for bliver til "
                                + "faste, trygge job.",
                        (short) 751,
                        new BigDecimal("8.00"),
                        30,
                        new BigDecimal("4")));
        for (String cvr : MEMBER_CVRS) {
            pools.apply(actors.of(staffByCvr.get(cvr)), poolId);
        }
        for (Pools.Member member : pools.overview(host, poolId, START).members()) {
            if (member.status() == MemberStatus.APPLIED) {
                pools.approve(host, poolId, member.id(), member.version());
            }
        }
        Map<String, Skill> byCode = referenceData.skillCategories().stream()
                .flatMap(c -> c.skills().stream())
                .collect(Collectors.toMap(Skill::code, Function.identity()));
        for (Need need : NEEDS) {
            List<NeedSkill> skills = need.skills().stream()
                    .map(spec -> spec.split(":"))
                    .filter(parts -> byCode.containsKey(parts[0]))
                    .map(parts -> new NeedSkill(byCode.get(parts[0]).id(), Integer.parseInt(parts[1])))
                    .toList();
            pools.postNeed(
                    actors.of(staffByCvr.get(need.cvr())),
                    poolId,
                    new NeedDetails(
                            need.title(),
                            WeekGrid.range(need.day(), need.from(), need.to()),
                            new BigDecimal(need.hours()),
                            need.municipality() == null,
                            need.municipality() == null
                                    ? null
                                    : need.municipality().shortValue(),
                            START,
                            null,
                            skills));
        }
        // the people who came for pool work first, then others who want it, three in all
        List<String> personas = DemoPersonas.POOL_PERSONAS.stream()
                .map(DemoPersonas.PoolPersona::name)
                .toList();
        List<Pools.Candidate> candidates = new java.util.ArrayList<>(pools.workerCandidates(host, poolId));
        candidates.sort(java.util.Comparator.comparing(c -> !personas.contains(c.name())));
        int workers = 0;
        for (Pools.Candidate candidate : candidates) {
            if (workers == 3) {
                break;
            }
            pools.addWorker(host, poolId, candidate.freelancerId());
            workers++;
        }
        return 1 + MEMBER_CVRS.size() + NEEDS.size() + workers;
    }
}
