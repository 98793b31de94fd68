package dk.jobandel.matching.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** The hard rules for a job-share team, written out slot by slot, independent of the engine. */
final class TeamRules {

    private TeamRules() {}

    /** What is wrong with the team, in words; empty when every hard rule holds. */
    static List<String> violations(RoleSnapshot role, Team team, MatchingData data) {
        List<String> problems = new ArrayList<>();
        List<TeamMember> members = team.members();
        if (members.size() != role.sharers() || new HashSet<>(team.memberIds()).size() != role.sharers()) {
            problems.add("not " + role.sharers() + " different people");
            return problems;
        }
        boolean[] schedule = Reference.slots(role.schedule());
        List<boolean[]> works = new ArrayList<>();
        for (TeamMember member : members) {
            FreelancerSnapshot f = data.freelancer(data.indexOf(member.freelancerId()));
            boolean[] assigned = Reference.slots(member.assignedSlots());
            boolean[] free = Reference.slots(f.available());
            works.add(assigned);
            int count = 0;
            for (int slot = 0; slot < 336; slot++) {
                if (assigned[slot]) {
                    count++;
                    if (!free[slot]) {
                        problems.add(f.id() + " is not free at slot " + slot);
                    }
                    if (!schedule[slot]) {
                        problems.add(f.id() + " is given slot " + slot + " outside the schedule");
                    }
                }
            }
            if (count != member.halfHours()) {
                problems.add(f.id() + " has " + count + " slots but " + member.halfHours() + " half-hours");
            }
            if (count == 0 || count < f.desiredMinHalfHours() || count > f.desiredMaxHalfHours()) {
                problems.add(f.id() + " works " + count + " half-hours, outside their wish or not at all");
            }
            Map<Integer, Integer> held = Reference.held(f);
            for (SkillNeed need : Reference.mustEach(role)) {
                if (held.getOrDefault(need.skillId(), 0) < need.minLevel()) {
                    problems.add(f.id() + " lacks every-sharer skill " + need);
                }
            }
            double distance = Reference.haversineKm(role.lat(), role.lon(), f.lat(), f.lon());
            boolean placeOk = switch (role.workMode()) {
                case REMOTE -> f.remote();
                case HYBRID -> (f.hybrid() || f.onSite()) && distance <= f.travelKm();
                case ON_SITE -> f.onSite() && distance <= f.travelKm();
            };
            if (!placeOk) {
                problems.add(f.id() + " cannot work at this place");
            }
        }
        for (SkillNeed need : role.mustOne()) {
            boolean someone = members.stream()
                    .map(m -> data.freelancer(data.indexOf(m.freelancerId())))
                    .anyMatch(f -> Reference.held(f).getOrDefault(need.skillId(), 0) >= need.minLevel());
            if (!someone) {
                problems.add("nobody has " + need);
            }
        }
        for (int slot = 0; slot < 336; slot++) {
            int at = slot;
            if (schedule[slot] && works.stream().noneMatch(w -> w[at])) {
                problems.add("nobody works slot " + slot);
            }
        }
        checkHandovers(role, schedule, works, problems);
        return problems;
    }

    /**
     * Wherever someone starts within a run of the schedule, someone who worked the half-hour before keeps working
     * with them for the whole overlap, and the overlap fits in the run.
     */
    private static void checkHandovers(
            RoleSnapshot role, boolean[] schedule, List<boolean[]> works, List<String> problems) {
        int overlap = role.handoverHalfHours();
        for (int slot = 1; slot < 336; slot++) {
            if (!schedule[slot] || !schedule[slot - 1] || slot % 48 == 0) {
                continue; // not inside a run
            }
            for (int m = 0; m < works.size(); m++) {
                boolean[] incoming = works.get(m);
                if (!incoming[slot] || incoming[slot - 1]) {
                    continue;
                }
                boolean handedOver = false;
                for (int o = 0; o < works.size(); o++) {
                    if (o != m && works.get(o)[slot - 1] && bothWork(incoming, works.get(o), schedule, slot, overlap)) {
                        handedOver = true;
                    }
                }
                if (!handedOver) {
                    problems.add("no overlap of " + overlap + " half-hours at the handover at slot " + slot);
                }
            }
        }
    }

    private static boolean bothWork(boolean[] a, boolean[] b, boolean[] schedule, int from, int overlap) {
        for (int slot = from; slot < from + overlap; slot++) {
            if (slot >= 336 || slot / 48 != from / 48 || !schedule[slot] || !a[slot] || !b[slot]) {
                return false;
            }
        }
        return true;
    }
}
