package dk.jobandel.matching.core;

import dk.jobandel.shared.WeekGrid;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What "the same proposal again" means, so that a refused proposal is not made again unchanged: the same people with
 * the same slots for the same role, or the same worker with the same needs' windows in the same pool. Stable across
 * runs: a SHA-256 over the ids in order, each with its slots.
 */
public final class Fingerprints {

    private Fingerprints() {}

    /** The fingerprint of these slots by id, in id order. */
    public static String of(SortedMap<Long, WeekGrid> slotsById) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            slotsById.forEach((id, slots) -> {
                digest.update(ByteBuffer.allocate(Long.BYTES).putLong(id).array());
                digest.update(slots.toBytes());
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A portfolio's: the worker, apart from the need ids, and each need's window. */
    public static String portfolio(long workerId, SortedMap<Long, WeekGrid> windowsByNeed) {
        SortedMap<Long, WeekGrid> slots = new TreeMap<>(windowsByNeed);
        slots.put(-workerId - 1, WeekGrid.EMPTY);
        return of(slots);
    }
}
