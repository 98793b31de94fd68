package dk.jobandel.matching.engine;

import java.util.Arrays;

/**
 * A map from {@code long} to {@code double} by open addressing, without boxing: a lookup allocates nothing. Keys
 * must not be {@link #EMPTY}; {@link #get} returns {@link #MISSING} for a key never put.
 */
final class LongDoubleMap {

    static final double MISSING = Double.NEGATIVE_INFINITY;
    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys = new long[1024];
    private double[] values = new double[1024];
    private int size;

    LongDoubleMap() {
        Arrays.fill(keys, EMPTY);
    }

    double get(long key) {
        int mask = keys.length - 1;
        for (int at = slot(key, mask); ; at = (at + 1) & mask) {
            long found = keys[at];
            if (found == key) {
                return values[at];
            }
            if (found == EMPTY) {
                return MISSING;
            }
        }
    }

    void put(long key, double value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int at = slot(key, mask); ; at = (at + 1) & mask) {
            if (keys[at] == key) {
                values[at] = value;
                return;
            }
            if (keys[at] == EMPTY) {
                keys[at] = key;
                values[at] = value;
                size++;
                return;
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        double[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new double[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                put(oldKeys[j], oldValues[j]);
            }
        }
    }
}
