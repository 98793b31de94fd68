package dk.jobandel.matching.engine;

import java.util.ArrayList;
import java.util.List;

/** Object mothers for snapshots: sensible defaults (Copenhagen, any work mode, any hours), changed by name. */
final class Snapshots {

    static final double CPH_LAT = 55.6761;
    static final double CPH_LON = 12.5683;

    private Snapshots() {}

    static FreelancerBuilder freelancer(long id) {
        return new FreelancerBuilder(id);
    }

    static RoleBuilder role(long id) {
        return new RoleBuilder(id);
    }

    static final class FreelancerBuilder {
        private final long id;
        private int skillWords = 4;
        private final List<int[]> skills = new ArrayList<>();
        private long[] available = Week.days(Week.MON, Week.SUN, "00:00", "23:30");
        private int desiredMin = 0;
        private int desiredMax = 96;
        private double lat = CPH_LAT;
        private double lon = CPH_LON;
        private int travelKm = 30;
        private boolean onSite = true;
        private boolean hybrid = true;
        private boolean remote = true;
        private byte[] workStyle = new byte[0];

        FreelancerBuilder(long id) {
            this.id = id;
        }

        FreelancerBuilder skill(int skillId, int level) {
            skills.add(new int[] {skillId, level});
            return this;
        }

        FreelancerBuilder skillWords(int words) {
            skillWords = words;
            return this;
        }

        FreelancerBuilder available(long[] grid) {
            available = grid.clone();
            return this;
        }

        FreelancerBuilder wantsHalfHours(int min, int max) {
            desiredMin = min;
            desiredMax = max;
            return this;
        }

        FreelancerBuilder livesAt(double lat, double lon) {
            this.lat = lat;
            this.lon = lon;
            return this;
        }

        FreelancerBuilder travelsKm(int km) {
            travelKm = km;
            return this;
        }

        FreelancerBuilder works(boolean onSite, boolean hybrid, boolean remote) {
            this.onSite = onSite;
            this.hybrid = hybrid;
            this.remote = remote;
            return this;
        }

        FreelancerBuilder workStyle(int... answers) {
            workStyle = new byte[answers.length];
            for (int j = 0; j < answers.length; j++) {
                workStyle[j] = (byte) answers[j];
            }
            return this;
        }

        FreelancerSnapshot build() {
            long[][] levels = new long[3][skillWords];
            for (int[] skill : skills) {
                for (int level = 1; level <= skill[1]; level++) {
                    levels[level - 1][skill[0] >>> 6] |= 1L << skill[0];
                }
            }
            return new FreelancerSnapshot(
                    id,
                    levels[0],
                    levels[1],
                    levels[2],
                    available,
                    desiredMin,
                    desiredMax,
                    lat,
                    lon,
                    travelKm,
                    onSite,
                    hybrid,
                    remote,
                    workStyle);
        }
    }

    static final class RoleBuilder {
        private final long id;
        private long[] schedule = Week.days(Week.MON, Week.FRI, "08:00", "16:00");
        private int sharers = 1;
        private int handover = 0;
        private int[] split = new int[0];
        private final List<SkillNeed> mustEach = new ArrayList<>();
        private final List<SkillNeed> mustOne = new ArrayList<>();
        private final List<SkillNeed> nice = new ArrayList<>();
        private double lat = CPH_LAT;
        private double lon = CPH_LON;
        private WorkMode mode = WorkMode.ON_SITE;

        RoleBuilder(long id) {
            this.id = id;
        }

        RoleBuilder schedule(long[] grid) {
            schedule = grid.clone();
            return this;
        }

        RoleBuilder sharedBy(int sharers) {
            this.sharers = sharers;
            return this;
        }

        RoleBuilder handoverHalfHours(int halfHours) {
            handover = halfHours;
            return this;
        }

        RoleBuilder split(int... percents) {
            split = percents.clone();
            return this;
        }

        RoleBuilder everyoneNeeds(int skillId, int level) {
            mustEach.add(new SkillNeed(skillId, level));
            return this;
        }

        RoleBuilder someoneNeeds(int skillId, int level) {
            mustOne.add(new SkillNeed(skillId, level));
            return this;
        }

        RoleBuilder niceToHave(int skillId, int level) {
            nice.add(new SkillNeed(skillId, level));
            return this;
        }

        RoleBuilder at(double lat, double lon) {
            this.lat = lat;
            this.lon = lon;
            return this;
        }

        RoleBuilder mode(WorkMode mode) {
            this.mode = mode;
            return this;
        }

        RoleSnapshot build() {
            int words = 1;
            for (SkillNeed need : mustEach) {
                words = Math.max(words, need.skillId() / 64 + 1);
            }
            long[][] levels = new long[3][words];
            for (SkillNeed need : mustEach) {
                // only the bitset of the minimum level: the engine must read the highest level set
                levels[need.minLevel() - 1][need.skillId() >>> 6] |= 1L << need.skillId();
            }
            return new RoleSnapshot(
                    id, schedule, sharers, handover, split, levels[0], levels[1], levels[2], mustOne, nice, lat, lon,
                    mode);
        }
    }
}
