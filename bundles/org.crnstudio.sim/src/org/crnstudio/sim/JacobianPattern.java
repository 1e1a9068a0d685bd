package org.crnstudio.sim;

import java.util.Arrays;

/**
 * Where a Jacobian can be non-zero, in compressed sparse row form: the entries of row i are
 * rowStart(i) .. rowStart(i + 1) - 1, each with its column; values arrays are aligned with these entries.
 */
public final class JacobianPattern {

    private final int dimension;
    private final int[] rowStart;
    private final int[] columns;

    JacobianPattern(int dimension, int[] rowStart, int[] columns) {
        this.dimension = dimension;
        this.rowStart = rowStart;
        this.columns = columns;
    }

    /** Builds the pattern of the given (row, column) entries, duplicates allowed. */
    static JacobianPattern of(int dimension, long[] rowColumnKeys) {
        long[] keys = Arrays.stream(rowColumnKeys).sorted().distinct().toArray();
        int[] rowStart = new int[dimension + 1];
        int[] columns = new int[keys.length];
        for (int k = 0; k < keys.length; k++) {
            int row = (int) (keys[k] / dimension);
            columns[k] = (int) (keys[k] % dimension);
            rowStart[row + 1]++;
        }
        for (int row = 0; row < dimension; row++) {
            rowStart[row + 1] += rowStart[row];
        }
        return new JacobianPattern(dimension, rowStart, columns);
    }

    static long key(int dimension, int row, int column) {
        return (long) row * dimension + column;
    }

    public int dimension() {
        return dimension;
    }

    public int nonZeros() {
        return columns.length;
    }

    public int rowStart(int row) {
        return rowStart[row];
    }

    public int column(int entry) {
        return columns[entry];
    }

    /** The entry index of (row, column), or -1 when the Jacobian is structurally zero there. */
    public int entry(int row, int column) {
        int found = Arrays.binarySearch(columns, rowStart[row], rowStart[row + 1], column);
        return found >= 0 ? found : -1;
    }
}
