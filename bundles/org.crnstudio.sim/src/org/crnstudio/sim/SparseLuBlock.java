package org.crnstudio.sim;

import java.util.Arrays;
import java.util.BitSet;
import java.util.TreeSet;

/**
 * Sparse LU of one diagonal block of {@link BlockTriangularLu} with a pattern fixed once: rows and columns are
 * ordered by minimum degree (greedy, on the symmetrised pattern) to keep the fill small, the fill is computed
 * symbolically once, and each numeric factorisation runs row by row (IKJ Gaussian elimination) in place in that
 * pattern, pivoting on the diagonal. W = alpha I + beta J with a large alpha (a stiff step) is dominated by its
 * diagonal; when a pivot is nevertheless too small, factor() says so and the caller falls back to dense partial
 * pivoting for this block.
 */
final class SparseLuBlock {

    /** A pivot smaller than this times the largest entry of its row (before elimination) is refused. */
    private static final double PIVOT_THRESHOLD = 1e-10;

    private final int size;
    private final int[] rowStart;
    private final int[] columns;
    private final int[] diagonal;
    private final double[] values;
    private final double[] inverseDiagonal;
    /**
     * The factors as the solve reads them: L's entries below the diagonal in row order, then U's entries right of
     * the diagonal, rows from the last to the first, each divided by its row's pivot (x = D^-1 y - D^-1 U' x).
     */
    private final int[] lowerRow;
    private final int[] lowerColumn;
    private final int[] lowerEntry;
    private final double[] lowerValues;
    private final int[] upperRow;
    private final int[] upperColumn;
    private final int[] upperEntry;
    private final double[] scaledUpperValues;
    private final int offset;
    /**
     * The elimination's updates, found once: for the entry p left of a diagonal, updates updateEnd[p - 1] ..
     * updateEnd[p] - 1 (in the order of the entries) subtract its multiplier times values[updateSource[u]] from
     * values[updateTarget[u]], row k's entries right of its diagonal (k = columns[p]) from the same columns of p's row.
     */
    private final int[] updateEnd;
    private final int[] updateSource;
    private final int[] updateTarget;

    /**
     * @param rows   the block's pattern: rows[i] lists the columns (local, in the final order) of row i's entries
     * @param offset where the block's rows are in the vectors it solves for
     */
    SparseLuBlock(int size, int[][] rows, int offset) {
        this.size = size;
        int[][] filled = fill(size, rows);
        this.rowStart = new int[size + 1];
        for (int i = 0; i < size; i++) {
            rowStart[i + 1] = rowStart[i] + filled[i].length;
        }
        this.columns = new int[rowStart[size]];
        this.diagonal = new int[size];
        for (int i = 0; i < size; i++) {
            System.arraycopy(filled[i], 0, columns, rowStart[i], filled[i].length);
            diagonal[i] = Arrays.binarySearch(columns, rowStart[i], rowStart[i + 1], i);
        }
        this.values = new double[columns.length];
        this.inverseDiagonal = new double[size];
        this.offset = offset;
        this.updateEnd = new int[columns.length];
        int updates = 0;
        for (int i = 0; i < size; i++) {
            for (int p = rowStart[i]; p < diagonal[i]; p++) {
                int k = columns[p];
                updates += rowStart[k + 1] - diagonal[k] - 1;
            }
        }
        this.updateSource = new int[updates];
        this.updateTarget = new int[updates];
        int u = 0;
        int[] where = new int[size];
        for (int i = 0; i < size; i++) {
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                where[columns[p]] = p;
            }
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                if (p < diagonal[i]) {
                    int k = columns[p];
                    for (int q = diagonal[k] + 1; q < rowStart[k + 1]; q++) {
                        updateSource[u] = q;
                        updateTarget[u++] = where[columns[q]];
                    }
                }
                updateEnd[p] = u;
            }
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                where[columns[p]] = -1;
            }
        }
        int below = 0;
        for (int i = 0; i < size; i++) {
            below += diagonal[i] - rowStart[i];
        }
        int above = columns.length - size - below;
        this.lowerRow = new int[below];
        this.lowerColumn = new int[below];
        this.lowerEntry = new int[below];
        this.lowerValues = new double[below];
        this.upperRow = new int[above];
        this.upperColumn = new int[above];
        this.upperEntry = new int[above];
        this.scaledUpperValues = new double[above];
        int k = 0;
        for (int i = 0; i < size; i++) {
            for (int p = rowStart[i]; p < diagonal[i]; p++) {
                lowerRow[k] = offset + i;
                lowerColumn[k] = offset + columns[p];
                lowerEntry[k++] = p;
            }
        }
        k = 0;
        for (int i = size - 1; i >= 0; i--) {
            for (int p = diagonal[i] + 1; p < rowStart[i + 1]; p++) {
                upperRow[k] = offset + i;
                upperColumn[k] = offset + columns[p];
                upperEntry[k++] = p;
            }
        }
    }

    /**
     * A fill-reducing order of a square pattern: greedy minimum degree on the symmetrised graph. Returns order[k] =
     * the row/column eliminated k-th.
     */
    static int[] minimumDegreeOrder(int size, int[][] rows) {
        BitSet[] adjacent = new BitSet[size];
        for (int i = 0; i < size; i++) {
            adjacent[i] = new BitSet(size);
        }
        for (int i = 0; i < size; i++) {
            for (int j : rows[i]) {
                if (i != j) {
                    adjacent[i].set(j);
                    adjacent[j].set(i);
                }
            }
        }
        boolean[] eliminated = new boolean[size];
        int[] order = new int[size];
        for (int k = 0; k < size; k++) {
            int best = -1;
            int bestDegree = Integer.MAX_VALUE;
            for (int v = 0; v < size; v++) {
                if (!eliminated[v]) {
                    int degree = adjacent[v].cardinality();
                    if (degree < bestDegree) {
                        bestDegree = degree;
                        best = v;
                    }
                }
            }
            order[k] = best;
            eliminated[best] = true;
            BitSet neighbours = adjacent[best];
            for (int u = neighbours.nextSetBit(0); u >= 0; u = neighbours.nextSetBit(u + 1)) {
                adjacent[u].or(neighbours);
                adjacent[u].clear(u);
                adjacent[u].clear(best);
            }
            for (int u = neighbours.nextSetBit(0); u >= 0; u = neighbours.nextSetBit(u + 1)) {
                adjacent[u].clear(best);
            }
        }
        return order;
    }

    /** Row patterns of L + U: each row's columns plus the diagonal plus what elimination fills in, sorted. */
    private static int[][] fill(int size, int[][] rows) {
        int[][] filled = new int[size][];
        for (int i = 0; i < size; i++) {
            TreeSet<Integer> pattern = new TreeSet<>();
            pattern.add(i);
            for (int j : rows[i]) {
                pattern.add(j);
            }
            Integer k = pattern.first();
            while (k != null && k < i) {
                for (int j : filled[k]) {
                    if (j > k) {
                        pattern.add(j);
                    }
                }
                k = pattern.higher(k);
            }
            filled[i] = pattern.stream().mapToInt(Integer::intValue).toArray();
        }
        return filled;
    }

    /** Entries of L + U, fill included (for the symbolic summary). */
    int nonZeros() {
        return columns.length;
    }

    /** Where entry (row, column) of the block is stored, for scattering W's values. */
    int indexOf(int row, int column) {
        return Arrays.binarySearch(columns, rowStart[row], rowStart[row + 1], column);
    }

    int diagonalIndex(int row) {
        return diagonal[row];
    }

    double[] values() {
        return values;
    }

    /** Factors the values in place (scattered by the caller); false when a pivot is too small. */
    boolean factor() {
        int u = 0;
        for (int i = 0; i < size; i++) {
            int start = rowStart[i];
            int end = rowStart[i + 1];
            double largest = 0;
            for (int p = start; p < end; p++) {
                largest = Math.max(largest, Math.abs(values[p]));
            }
            for (int p = start; p < diagonal[i]; p++) {
                double multiplier = values[p] * inverseDiagonal[columns[p]];
                values[p] = multiplier;
                int last = updateEnd[p];
                if (multiplier != 0) {
                    for (; u < last; u++) {
                        values[updateTarget[u]] -= multiplier * values[updateSource[u]];
                    }
                }
                u = last;
            }
            double pivot = values[diagonal[i]];
            if (!(Math.abs(pivot) > PIVOT_THRESHOLD * largest) || !Double.isFinite(pivot)) {
                return false;
            }
            inverseDiagonal[i] = 1.0 / pivot;
        }
        for (int k = 0; k < lowerEntry.length; k++) {
            lowerValues[k] = values[lowerEntry[k]];
        }
        for (int k = 0; k < upperEntry.length; k++) {
            scaledUpperValues[k] = values[upperEntry[k]] * inverseDiagonal[upperRow[k] - offset];
        }
        return true;
    }

    /** Solves L U x = b for the block's part of x (from its offset) in place. */
    void solve(double[] x) {
        // Two flat passes over the entries, no loop per row: a row's few entries made the inner loop's exit a
        // branch mispredicted at nearly every row (measured: 1.8 -> 1.3 us for the one-pot XOR pot's block).
        int[] rows = lowerRow;
        int[] columns = lowerColumn;
        double[] values = lowerValues;
        for (int k = 0; k < values.length; k++) {
            x[rows[k]] -= values[k] * x[columns[k]];
        }
        double[] inverse = inverseDiagonal;
        for (int i = 0; i < size; i++) {
            x[offset + i] *= inverse[i];
        }
        rows = upperRow;
        columns = upperColumn;
        values = scaledUpperValues;
        for (int k = 0; k < values.length; k++) {
            x[rows[k]] -= values[k] * x[columns[k]];
        }
    }
}
