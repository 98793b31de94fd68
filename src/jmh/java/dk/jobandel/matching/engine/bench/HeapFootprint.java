package dk.jobandel.matching.engine.bench;

import dk.jobandel.matching.engine.FreelancerSnapshot;
import dk.jobandel.matching.engine.MatchingData;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.List;
import org.openjdk.jol.info.GraphLayout;

/**
 * Target 5: the heap the engine keeps for {@value Fixtures#FREELANCERS} freelancers, measured two ways.
 *
 * <ol>
 *   <li>The used heap after full GCs, before and after generating the snapshots and building {@link MatchingData}
 *       from them (the list itself is then dropped: what stays is what {@code MatchingData} holds — its
 *       struct-of-arrays, its copy of the snapshots for explanations, and the id index). This includes what the
 *       collector rounds up (G1 gives each array larger than half a region whole regions).
 *   <li>JOL's walk of the object graph reachable from the {@code MatchingData}: the exact sum of object sizes,
 *       with the part that is the snapshots themselves.
 * </ol>
 */
public final class HeapFootprint {

    private HeapFootprint() {}

    public static void main(String[] args) {
        measure();
    }

    /** Prints the figures; returns the used-heap difference in bytes. */
    public static long measure() {
        SyntheticWorld world = new SyntheticWorld();
        long before = usedAfterGc();
        List<FreelancerSnapshot> freelancers = world.freelancers(Fixtures.FREELANCERS, Fixtures.FREELANCER_SEED);
        MatchingData data = MatchingData.of(freelancers);
        freelancers = null;
        long after = usedAfterGc();
        long retained = after - before;
        System.out.printf(
                "[heap] JVM %s, %s, max heap %d MiB%n",
                Runtime.version(),
                ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(b -> b.getName())
                        .toList(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(
                "[heap] used heap after GC: before %.1f MB, after %.1f MB, retained by MatchingData: %.1f MB (%d"
                        + " bytes)%n",
                before / 1e6, after / 1e6, retained / 1e6, retained);
        try {
            long total = GraphLayout.parseInstance(data).totalSize();
            FreelancerSnapshot[] snapshots = new FreelancerSnapshot[data.size()];
            for (int i = 0; i < snapshots.length; i++) {
                snapshots[i] = data.freelancer(i);
            }
            long snapshotBytes = GraphLayout.parseInstance((Object[]) snapshots).totalSize();
            System.out.printf(
                    "[heap] JOL graph from MatchingData: %.1f MB (%d bytes); of it the %d snapshots: %.1f MB;"
                            + " arrays + id index: %.1f MB%n",
                    total / 1e6, total, snapshots.length, snapshotBytes / 1e6, (total - snapshotBytes) / 1e6);
        } catch (RuntimeException | LinkageError e) {
            System.out.println("[heap] JOL could not walk the graph: " + e);
        }
        Reference.reachabilityFence(data);
        return retained;
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
