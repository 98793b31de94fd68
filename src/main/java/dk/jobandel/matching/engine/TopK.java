package dk.jobandel.matching.engine;

/**
 * The best {@code k} (index, score) pairs seen, in primitive arrays: a min-heap whose root is the worst kept, so
 * that most offers cost one comparison. Higher score is better; on equal scores the lower id is better, which makes
 * the result independent of the order of offers (and so of how a scan is split across threads).
 */
final class TopK {

    private final int capacity;
    private final int[] indexes;
    private final double[] scores;
    private final long[] ids;
    private int size;

    TopK(int capacity) {
        this.capacity = capacity;
        indexes = new int[capacity];
        scores = new double[capacity];
        ids = new long[capacity];
    }

    /** Whether an entry with this score and id would be kept. */
    boolean accepts(double score, long id) {
        return size < capacity || (capacity > 0 && better(score, id, scores[0], ids[0]));
    }

    void offer(int index, double score, long id) {
        if (size < capacity) {
            int at = size++;
            indexes[at] = index;
            scores[at] = score;
            ids[at] = id;
            siftUp(at);
        } else if (capacity > 0 && better(score, id, scores[0], ids[0])) {
            indexes[0] = index;
            scores[0] = score;
            ids[0] = id;
            siftDown(0);
        }
    }

    void addAll(TopK other) {
        for (int j = 0; j < other.size; j++) {
            offer(other.indexes[j], other.scores[j], other.ids[j]);
        }
    }

    /** The indexes kept, best first. */
    int[] sortedIndexes() {
        Integer[] order = new Integer[size];
        for (int j = 0; j < size; j++) {
            order[j] = j;
        }
        java.util.Arrays.sort(order, (a, b) -> better(scores[a], ids[a], scores[b], ids[b]) ? -1 : 1);
        int[] result = new int[size];
        for (int j = 0; j < size; j++) {
            result[j] = indexes[order[j]];
        }
        return result;
    }

    static boolean better(double score, long id, double otherScore, long otherId) {
        return score > otherScore || (score == otherScore && id < otherId);
    }

    private void siftUp(int at) {
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!better(scores[parent], ids[parent], scores[at], ids[at])) {
                return;
            }
            swap(at, parent);
            at = parent;
        }
    }

    private void siftDown(int at) {
        while (true) {
            int worst = at;
            int left = 2 * at + 1;
            int right = left + 1;
            if (left < size && better(scores[worst], ids[worst], scores[left], ids[left])) {
                worst = left;
            }
            if (right < size && better(scores[worst], ids[worst], scores[right], ids[right])) {
                worst = right;
            }
            if (worst == at) {
                return;
            }
            swap(at, worst);
            at = worst;
        }
    }

    private void swap(int a, int b) {
        int index = indexes[a];
        indexes[a] = indexes[b];
        indexes[b] = index;
        double score = scores[a];
        scores[a] = scores[b];
        scores[b] = score;
        long id = ids[a];
        ids[a] = ids[b];
        ids[b] = id;
    }
}
