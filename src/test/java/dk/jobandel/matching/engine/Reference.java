package dk.jobandel.matching.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The matching rules written the slow, obvious way: one {@code boolean} per half-hour, skills in maps, the textbook
 * haversine formula, every combination of eligible people tried. Only the split of a team's schedule is shared with the
 * engine ({@link SplitPlanner}, which is itself checked against hand-written rules in the property tests).
 */
final class Reference {

    private static final int SLOTS = 336;

    private Reference() {}

    record Scored(long id, double score) {}

    record ScoredTeam(List<Long> ids, double score) {}

    // ---- single candidates

    static List<Scored> topCandidates(RoleSnapshot role, List<FreelancerSnapshot> freelancers, int k) {
        List<Scored> all = new ArrayList<>();
        for (FreelancerSnapshot f : freelancers) {
            score(role, f).ifPresent(score -> all.add(new Scored(f.id(), score)));
        }
        all.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingLong(Scored::id));
        return all.subList(0, Math.min(k, all.size()));
    }

    static Optional<Double> score(RoleSnapshot role, FreelancerSnapshot f) {
        boolean[] schedule = slots(role.schedule());
        boolean[] free = slots(f.available());
        Map<Integer, Integer> held = held(f);
        Map<Integer, Integer> required = highest(mustEach(role), role.sharers() == 1 ? role.mustOne() : List.of());
        for (var need : required.entrySet()) {
            if (held.getOrDefault(need.getKey(), 0) < need.getValue()) {
                return Optional.empty();
            }
        }
        double distance = haversineKm(role.lat(), role.lon(), f.lat(), f.lon());
        boolean placeOk = switch (role.workMode()) {
            case REMOTE -> f.remote();
            case HYBRID -> (f.hybrid() || f.onSite()) && distance <= f.travelKm();
            case ON_SITE -> f.onSite() && distance <= f.travelKm();
        };
        if (!placeOk) {
            return Optional.empty();
        }
        int scheduled = 0;
        int covered = 0;
        for (int slot = 0; slot < SLOTS; slot++) {
            if (schedule[slot]) {
                scheduled++;
                if (free[slot]) {
                    covered++;
                }
            }
        }
        if (role.sharers() == 1) {
            if (covered != scheduled || scheduled > f.desiredMaxHalfHours()) {
                return Optional.empty();
            }
        } else if (covered * 2 * role.sharers() < scheduled) { // covered < ceil(scheduled / (2 · sharers))
            return Optional.empty();
        }
        double coverage = scheduled == 0 ? 1.0 : covered / (double) scheduled;
        Map<Integer, Integer> wanted = highest(role.nice(), role.sharers() == 1 ? List.of() : role.mustOne());
        int met = 0;
        for (var want : wanted.entrySet()) {
            if (held.getOrDefault(want.getKey(), 0) >= want.getValue()) {
                met++;
            }
        }
        double skills = wanted.isEmpty() ? 1.0 : met / (double) wanted.size();
        double levels = levels(required, held);
        double share = role.sharers() == 1 ? scheduled : Math.min(covered, scheduled / (double) role.sharers());
        double hours = share < f.desiredMinHalfHours()
                ? share / f.desiredMinHalfHours()
                : share > f.desiredMaxHalfHours() ? f.desiredMaxHalfHours() / share : 1.0;
        double travel = travel(role, f, distance);
        return Optional.of(35 * coverage + 20 * skills + 10 * levels + 20 * hours + 15 * travel);
    }

    private static double travel(RoleSnapshot role, FreelancerSnapshot f, double distance) {
        if (role.workMode() == WorkMode.REMOTE || distance <= 0) {
            return 1.0;
        }
        return Math.max(0.0, 1.0 - distance / f.travelKm());
    }

    /** Levels above the minimum over the room above it; 1 with no room. */
    private static double levels(Map<Integer, Integer> required, Map<Integer, Integer> held) {
        int room = 0;
        int above = 0;
        for (var need : required.entrySet()) {
            room += 3 - need.getValue();
            above += held.getOrDefault(need.getKey(), 0) - need.getValue();
        }
        return room == 0 ? 1.0 : above / (double) room;
    }

    // ---- teams

    /** The best k teams over every eligible freelancer: every combination tried. */
    static List<ScoredTeam> topTeams(RoleSnapshot role, List<FreelancerSnapshot> freelancers, int k) {
        return topTeams(role, freelancers, k, freelancers.size());
    }

    /** The best k teams whose members are all among the best {@code poolSize} single candidates. */
    static List<ScoredTeam> topTeams(RoleSnapshot role, List<FreelancerSnapshot> freelancers, int k, int poolSize) {
        Map<Long, FreelancerSnapshot> byId = new HashMap<>();
        freelancers.forEach(f -> byId.put(f.id(), f));
        List<FreelancerSnapshot> pool = topCandidates(role, freelancers, poolSize).stream()
                .map(scored -> byId.get(scored.id()))
                .toList();
        List<ScoredTeam> all = new ArrayList<>();
        for (List<FreelancerSnapshot> team : combinations(pool, role.sharers())) {
            List<FreelancerSnapshot> members = new ArrayList<>(team);
            members.sort(Comparator.comparingLong(FreelancerSnapshot::id));
            teamScore(role, members)
                    .ifPresent(score -> all.add(new ScoredTeam(
                            members.stream().map(FreelancerSnapshot::id).toList(), score)));
        }
        all.sort(
                (a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score()) : compareIds(a.ids(), b.ids()));
        return all.subList(0, Math.min(k, all.size()));
    }

    private static int compareIds(List<Long> a, List<Long> b) {
        for (int j = 0; j < a.size(); j++) {
            int c = Long.compare(a.get(j), b.get(j));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    static Optional<Double> teamScore(RoleSnapshot role, List<FreelancerSnapshot> members) {
        boolean[] schedule = slots(role.schedule());
        List<boolean[]> free = members.stream().map(f -> slots(f.available())).toList();
        for (int slot = 0; slot < SLOTS; slot++) {
            boolean someone = false;
            for (boolean[] memberFree : free) {
                someone |= memberFree[slot];
            }
            if (schedule[slot] && !someone) {
                return Optional.empty();
            }
        }
        for (var need : highest(role.mustOne()).entrySet()) {
            if (members.stream().noneMatch(f -> held(f).getOrDefault(need.getKey(), 0) >= need.getValue())) {
                return Optional.empty();
            }
        }
        int n = members.size();
        long[] ids = new long[n];
        long[][] available = new long[n][];
        int[] min = new int[n];
        int[] max = new int[n];
        for (int m = 0; m < n; m++) {
            ids[m] = members.get(m).id();
            available[m] = members.get(m).available();
            min[m] = members.get(m).desiredMinHalfHours();
            max[m] = members.get(m).desiredMaxHalfHours();
        }
        Split split = SplitPlanner.best(
                role.schedule(), ids, available, role.handoverHalfHours(), role.splitPercents(), min, max);
        if (split == null) {
            return Optional.empty();
        }
        Map<Integer, Integer> nice = highest(role.nice());
        int met = 0;
        for (var want : nice.entrySet()) {
            if (members.stream().anyMatch(f -> held(f).getOrDefault(want.getKey(), 0) >= want.getValue())) {
                met++;
            }
        }
        double skills = nice.isEmpty() ? 1.0 : met / (double) nice.size();
        double levels = 0;
        double travel = 0;
        for (FreelancerSnapshot f : members) {
            levels += levels(highest(mustEach(role)), held(f));
            travel += travel(role, f, haversineKm(role.lat(), role.lon(), f.lat(), f.lon()));
        }
        levels /= n;
        travel /= n;
        double style = 0;
        int pairs = 0;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                style += workStyle(members.get(a), members.get(b));
                pairs++;
            }
        }
        style /= pairs;
        return Optional.of(35 * split.fairness() + 20 * skills + 10 * levels + 20 * style + 15 * travel);
    }

    static double workStyle(FreelancerSnapshot a, FreelancerSnapshot b) {
        if (a.workStyle().length == 0 || b.workStyle().length == 0) {
            return 0.5;
        }
        int sum = 0;
        for (int q = 0; q < 10; q++) {
            sum += Math.abs(a.workStyle()[q] - b.workStyle()[q]);
        }
        return 1.0 - sum / 40.0;
    }

    static <T> List<List<T>> combinations(List<T> items, int size) {
        List<List<T>> result = new ArrayList<>();
        combine(items, size, 0, new ArrayList<>(), result);
        return result;
    }

    private static <T> void combine(List<T> items, int size, int from, List<T> chosen, List<List<T>> result) {
        if (chosen.size() == size) {
            result.add(List.copyOf(chosen));
            return;
        }
        for (int j = from; j < items.size(); j++) {
            chosen.add(items.get(j));
            combine(items, size, j + 1, chosen, result);
            chosen.remove(chosen.size() - 1);
        }
    }

    // ---- the model

    static boolean[] slots(long[] words) {
        boolean[] slots = new boolean[SLOTS];
        for (int slot = 0; slot < SLOTS; slot++) {
            slots[slot] = ((words[slot / 64] >>> (slot % 64)) & 1) == 1;
        }
        return slots;
    }

    private static boolean bit(long[] words, int skill) {
        return skill / 64 < words.length && ((words[skill / 64] >>> (skill % 64)) & 1) == 1;
    }

    static Map<Integer, Integer> held(FreelancerSnapshot f) {
        Map<Integer, Integer> held = new HashMap<>();
        for (int skill = 0; skill < f.atLeast1().length * 64; skill++) {
            int level = bit(f.atLeast3(), skill) ? 3 : bit(f.atLeast2(), skill) ? 2 : bit(f.atLeast1(), skill) ? 1 : 0;
            if (level > 0) {
                held.put(skill, level);
            }
        }
        return held;
    }

    /** Every-sharer skills from the role's bitsets: the highest bitset a skill is in. */
    static List<SkillNeed> mustEach(RoleSnapshot role) {
        List<SkillNeed> needs = new ArrayList<>();
        for (int skill = 0; skill < 64 * 8; skill++) {
            int level = bit(role.mustEach3(), skill)
                    ? 3
                    : bit(role.mustEach2(), skill) ? 2 : bit(role.mustEach1(), skill) ? 1 : 0;
            if (level > 0) {
                needs.add(new SkillNeed(skill, level));
            }
        }
        return needs;
    }

    @SafeVarargs
    static Map<Integer, Integer> highest(List<SkillNeed>... lists) {
        Map<Integer, Integer> levels = new HashMap<>();
        for (List<SkillNeed> list : lists) {
            for (SkillNeed need : list) {
                levels.merge(need.skillId(), need.minLevel(), Math::max);
            }
        }
        return levels;
    }

    /** The textbook haversine formula. */
    static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = Math.toRadians(lat2 - lat1);
        double dLambda = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * 6371.0 * Math.asin(Math.sqrt(a));
    }
}
