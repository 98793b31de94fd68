package dk.jobandel.matching.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random small worlds in the shapes people enter: weekday office hours, mornings, afternoons, a few odd blocks, now
 * and then random bits; skills drawn mostly from a few common ones so that requirements are sometimes met and
 * sometimes not; homes around Copenhagen, some exactly at the workplace.
 */
final class Generators {

    private static final int COMMON_SKILLS = 8;

    private Generators() {}

    static MatchingEnginePropertiesTest.Instance instance(SplittableRandom random) {
        int skillCount = 10 + random.nextInt(140);
        int freelancerCount = 5 + random.nextInt(36);
        List<FreelancerSnapshot> freelancers = new ArrayList<>();
        for (int j = 0; j < freelancerCount; j++) {
            // ids not in index order, so that tie-breaks by id are really exercised
            freelancers.add(freelancer(random, 1 + (j * 7919L) % 1000 + 1000L * j, skillCount));
        }
        int roleCount = 1 + random.nextInt(4);
        List<RoleSnapshot> roles = new ArrayList<>();
        for (int r = 0; r < roleCount; r++) {
            roles.add(role(random, 1000 + r, skillCount));
        }
        return new MatchingEnginePropertiesTest.Instance(
                freelancers, roles, 1 + random.nextInt(6), 2 + random.nextInt(12));
    }

    static FreelancerSnapshot freelancer(SplittableRandom random, long id, int skillCount) {
        var builder = Snapshots.freelancer(id);
        int maxSkill = 0;
        for (int skill = 0; skill < COMMON_SKILLS; skill++) {
            if (random.nextBoolean()) {
                builder.skill(skill, 1 + random.nextInt(3));
            }
        }
        for (int j = random.nextInt(5); j > 0; j--) {
            int skill = random.nextInt(skillCount);
            maxSkill = Math.max(maxSkill, skill);
            builder.skill(skill, 1 + random.nextInt(3));
        }
        builder.skillWords(maxSkill / 64 + 1 + random.nextInt(2));
        builder.available(availability(random));
        int min = random.nextInt(3) == 0 ? 0 : random.nextInt(40);
        builder.wantsHalfHours(min, min + 10 + random.nextInt(60));
        if (random.nextInt(10) < 3) {
            builder.livesAt(Snapshots.CPH_LAT, Snapshots.CPH_LON);
        } else {
            builder.livesAt(
                    Snapshots.CPH_LAT + (random.nextDouble() - 0.5) * 0.6,
                    Snapshots.CPH_LON + (random.nextDouble() - 0.5) * 1.0);
        }
        builder.travelsKm(random.nextInt(60));
        boolean onSite = random.nextInt(10) < 7;
        boolean hybrid = random.nextInt(10) < 6;
        boolean remote = random.nextInt(10) < 5 || !(onSite || hybrid);
        builder.works(onSite, hybrid, remote);
        if (random.nextInt(10) < 7) {
            int[] answers = new int[10];
            for (int q = 0; q < 10; q++) {
                answers[q] = 1 + random.nextInt(5);
            }
            builder.workStyle(answers);
        }
        return builder.build();
    }

    static long[] availability(SplittableRandom random) {
        int lastDay = 2 + random.nextInt(5);
        long[] grid = switch (random.nextInt(10)) {
            case 0, 1 -> Week.days(Week.MON, lastDay, "08:00", "16:00");
            case 2 -> Week.days(Week.MON, Week.FRI, random.nextBoolean() ? "07:00" : "08:00", "12:30");
            case 3 -> Week.days(Week.MON, Week.FRI, random.nextBoolean() ? "12:00" : "11:30", "17:00");
            case 4 -> Week.days(random.nextInt(3), lastDay, "00:00", "23:30");
            case 5, 6 -> blocks(random, 1 + random.nextInt(6));
            case 7 -> randomBits(random);
            default ->
                Week.union(Week.days(Week.MON, Week.FRI, "08:00", "12:00"), blocks(random, 1 + random.nextInt(3)));
        };
        if (random.nextInt(10) < 3) { // an existing booking takes a block away
            long[] booked = blocks(random, 1);
            for (int w = 0; w < Slots.WORDS; w++) {
                grid[w] &= ~booked[w];
            }
        }
        return grid;
    }

    private static long[] blocks(SplittableRandom random, int count) {
        long[] grid = new long[Slots.WORDS];
        for (int j = 0; j < count; j++) {
            int day = random.nextInt(7);
            int from = 12 + random.nextInt(24);
            int to = Math.min(48, from + 1 + random.nextInt(18));
            grid = Week.union(grid, Slots.range(day * 48 + from, day * 48 + to));
        }
        return grid;
    }

    private static long[] randomBits(SplittableRandom random) {
        long[] grid = new long[Slots.WORDS];
        for (int w = 0; w < Slots.WORDS; w++) {
            grid[w] = random.nextLong() | random.nextLong();
        }
        grid[5] &= 0xFFFFL;
        return grid;
    }

    static RoleSnapshot role(SplittableRandom random, long id, int skillCount) {
        int sharers = switch (random.nextInt(20)) {
            case 0, 1, 2, 3, 4 -> 1;
            case 5, 6, 7, 8, 9, 10, 11, 12, 13 -> 2;
            default -> 3;
        };
        var builder = Snapshots.role(id).sharedBy(sharers);
        builder.schedule(
                switch (random.nextInt(6)) {
                    case 0, 1 -> Week.days(Week.MON, 2 + random.nextInt(3), "08:00", "16:00");
                    case 2 -> Week.days(Week.MON, Week.FRI, "08:00", "12:00");
                    case 3 -> Week.days(Week.MON, Week.FRI, "09:00", "15:00");
                    default -> blocks(random, 1 + random.nextInt(4));
                });
        builder.handoverHalfHours(random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(3));
        if (sharers > 1 && random.nextInt(10) < 3) {
            int[][] splits = sharers == 2
                    ? new int[][] {{60, 40}, {70, 30}, {50, 50}}
                    : new int[][] {{40, 30, 30}, {50, 25, 25}, {20, 30, 50}};
            builder.split(splits[random.nextInt(splits.length)]);
        }
        for (int j = random.nextInt(3); j > 0; j--) {
            builder.everyoneNeeds(random.nextInt(COMMON_SKILLS), 1 + random.nextInt(2));
        }
        for (int j = random.nextInt(3); j > 0; j--) {
            builder.someoneNeeds(random.nextInt(COMMON_SKILLS), 1 + random.nextInt(3));
        }
        for (int j = random.nextInt(5); j > 0; j--) {
            int skill = random.nextBoolean() ? random.nextInt(COMMON_SKILLS) : random.nextInt(skillCount + 20);
            builder.niceToHave(skill, 1 + random.nextInt(3));
        }
        if (random.nextBoolean()) {
            builder.at(
                    Snapshots.CPH_LAT + (random.nextDouble() - 0.5) * 0.2,
                    Snapshots.CPH_LON + (random.nextDouble() - 0.5) * 0.3);
        }
        builder.mode(WorkMode.values()[random.nextInt(3)]);
        return builder.build();
    }
}
