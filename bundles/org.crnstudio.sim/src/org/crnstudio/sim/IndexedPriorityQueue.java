package org.crnstudio.sim;

/**
 * The next-reaction method's indexed priority queue (Gibson and Bruck, J. Phys. Chem. A 104, 1876 (2000)): a binary
 * min-heap of the reactions by their putative firing times, with each reaction's position so that one time can be
 * changed in O(log M). Times may be +infinity (a reaction that cannot fire).
 */
final class IndexedPriorityQueue {

    private final double[] times;
    /** heap[i]: the reaction at heap node i. */
    private final int[] heap;
    /** position[r]: the heap node of reaction r. */
    private final int[] position;

    /** A queue of reactions 0 .. times.length - 1 with the given times (copied). */
    IndexedPriorityQueue(double[] initialTimes) {
        int size = initialTimes.length;
        times = initialTimes.clone();
        heap = new int[size];
        position = new int[size];
        for (int r = 0; r < size; r++) {
            heap[r] = r;
            position[r] = r;
        }
        for (int node = size / 2 - 1; node >= 0; node--) {
            siftDown(node);
        }
    }

    /** The reaction with the earliest time (the queue must not be empty). */
    int first() {
        return heap[0];
    }

    double firstTime() {
        return heap.length == 0 ? Double.POSITIVE_INFINITY : times[heap[0]];
    }

    double time(int reaction) {
        return times[reaction];
    }

    void update(int reaction, double time) {
        double old = times[reaction];
        times[reaction] = time;
        if (time < old) {
            siftUp(position[reaction]);
        } else if (time > old) {
            siftDown(position[reaction]);
        }
    }

    private void siftUp(int node) {
        int reaction = heap[node];
        double time = times[reaction];
        while (node > 0) {
            int parent = (node - 1) >>> 1;
            if (!(times[heap[parent]] > time)) {
                break;
            }
            place(heap[parent], node);
            node = parent;
        }
        place(reaction, node);
    }

    private void siftDown(int node) {
        int reaction = heap[node];
        double time = times[reaction];
        int size = heap.length;
        while (true) {
            int child = 2 * node + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && times[heap[child + 1]] < times[heap[child]]) {
                child++;
            }
            if (!(times[heap[child]] < time)) {
                break;
            }
            place(heap[child], node);
            node = child;
        }
        place(reaction, node);
    }

    private void place(int reaction, int node) {
        heap[node] = reaction;
        position[reaction] = node;
    }
}
