package org.crnstudio.sim;

import java.util.Arrays;

/**
 * LU factorisation of W = alpha I + beta J for a Jacobian J with a fixed sparsity pattern, in block lower
 * triangular form (KLU's idea): the species are ordered once by the strongly connected components of J's graph
 * (Tarjan), so that every species depends only on species of its own block or of earlier blocks. Only the diagonal
 * blocks are factored: small ones dense with partial pivoting, large ones by a {@link SparseLuBlock} (minimum degree
 * order, fill computed once); the entries below them are used as they are in the block forward substitution. A feed-forward network (a compiled neural network) has blocks of one or a few
 * species, so factoring costs about the number of non-zeros. The symbolic work is done once in the constructor;
 * factor and solve allocate nothing.
 */
final class BlockTriangularLu {

    /** Blocks up to this size are factored dense; larger ones sparse (with a dense fallback on a small pivot). */
    static final int DENSE_LIMIT = 16;

    private final int n;
    private final JacobianPattern pattern;
    /** position -> species (state index), and blockStart over positions. */
    private final int[] order;
    private final int[] position;
    private final int[] component;
    private final int[] blockStart;
    /** Dense storage of each diagonal block, row-major, from blockOffset[b] (empty for sparse blocks). */
    private final int[] blockOffset;
    private final double[] blockValues;
    private final int[] pivot;
    /** The sparse factorisation of each block larger than DENSE_LIMIT (null for the others). */
    private final SparseLuBlock[] sparse;
    /** Whether the last factorisation of a sparse block fell back to dense partial pivoting, and its storage. */
    private final boolean[] denseFallback;
    private final double[][] fallbackValues;
    /** For each Jacobian entry inside a diagonal block: its index in that block's storage; -1 below the blocks. */
    private final int[] blockIndexOfEntry;
    /** Entries below the diagonal blocks, by row position: column position and Jacobian entry. */
    private final int[] lowerStart;
    private final int[] lowerColumn;
    private final int[] lowerEntry;
    private final double[] lowerValues;
    private final double[] work;
    private final int largestBlock;
    private long fallbacks;

    BlockTriangularLu(JacobianPattern pattern) {
        this.n = pattern.dimension();
        this.pattern = pattern;
        this.component = new int[n];
        this.order = new int[n];
        int blocks = stronglyConnectedComponents(pattern, order, component);
        this.blockStart = new int[blocks + 1];
        for (int s = 0; s < n; s++) {
            blockStart[component[s] + 1]++;
        }
        for (int b = 0; b < blocks; b++) {
            blockStart[b + 1] += blockStart[b];
        }
        this.position = new int[n];
        for (int p = 0; p < n; p++) {
            position[order[p]] = p;
        }
        this.sparse = new SparseLuBlock[blocks];
        this.denseFallback = new boolean[blocks];
        this.fallbackValues = new double[blocks][];
        this.blockOffset = new int[blocks + 1];
        int largest = 0;
        for (int b = 0; b < blocks; b++) {
            int size = blockStart[b + 1] - blockStart[b];
            largest = Math.max(largest, size);
            if (size > DENSE_LIMIT) {
                sparse[b] = orderAndAnalyse(b);
            }
            blockOffset[b + 1] = blockOffset[b] + (sparse[b] == null ? size * size : 0);
        }
        this.largestBlock = largest;
        this.blockValues = new double[blockOffset[blocks]];
        this.pivot = new int[n];
        this.blockIndexOfEntry = new int[pattern.nonZeros()];
        this.lowerStart = new int[n + 1];
        for (int row = 0; row < n; row++) {
            for (int e = pattern.rowStart(row); e < pattern.rowStart(row + 1); e++) {
                int column = pattern.column(e);
                int b = component[row];
                if (component[column] == b) {
                    int localRow = position[row] - blockStart[b];
                    int localColumn = position[column] - blockStart[b];
                    int size = blockStart[b + 1] - blockStart[b];
                    blockIndexOfEntry[e] = sparse[b] != null ? sparse[b].indexOf(localRow, localColumn)
                            : blockOffset[b] + localRow * size + localColumn;
                } else {
                    blockIndexOfEntry[e] = -1;
                    lowerStart[position[row] + 1]++;
                }
            }
        }
        for (int p = 0; p < n; p++) {
            lowerStart[p + 1] += lowerStart[p];
        }
        this.lowerColumn = new int[lowerStart[n]];
        this.lowerEntry = new int[lowerStart[n]];
        this.lowerValues = new double[lowerStart[n]];
        int[] fill = Arrays.copyOf(lowerStart, n);
        for (int row = 0; row < n; row++) {
            for (int e = pattern.rowStart(row); e < pattern.rowStart(row + 1); e++) {
                if (blockIndexOfEntry[e] < 0) {
                    int slot = fill[position[row]]++;
                    lowerColumn[slot] = position[pattern.column(e)];
                    lowerEntry[slot] = e;
                }
            }
        }
        this.work = new double[n];
    }

    /** Reorders block b's positions by minimum degree and builds its sparse LU pattern. */
    private SparseLuBlock orderAndAnalyse(int b) {
        int first = blockStart[b];
        int size = blockStart[b + 1] - first;
        int[][] rows = localRows(b, first, size);
        int[] elimination = SparseLuBlock.minimumDegreeOrder(size, rows);
        int[] species = new int[size];
        for (int k = 0; k < size; k++) {
            species[k] = order[first + elimination[k]];
        }
        for (int k = 0; k < size; k++) {
            order[first + k] = species[k];
            position[species[k]] = first + k;
        }
        return new SparseLuBlock(size, localRows(b, first, size), first);
    }

    /** The block's pattern in local positions, row by row (columns inside the block only). */
    private int[][] localRows(int b, int first, int size) {
        int[][] rows = new int[size][];
        for (int local = 0; local < size; local++) {
            int row = order[first + local];
            int count = 0;
            for (int e = pattern.rowStart(row); e < pattern.rowStart(row + 1); e++) {
                if (component[pattern.column(e)] == b) {
                    count++;
                }
            }
            rows[local] = new int[count];
            int k = 0;
            for (int e = pattern.rowStart(row); e < pattern.rowStart(row + 1); e++) {
                int column = pattern.column(e);
                if (component[column] == b) {
                    rows[local][k++] = position[column] - first;
                }
            }
        }
        return rows;
    }

    int blockCount() {
        return blockStart.length - 1;
    }

    int largestBlock() {
        return largestBlock;
    }

    /** Entries of the factors of the sparse blocks (fill included). */
    long sparseFactorNonZeros() {
        long total = 0;
        for (SparseLuBlock block : sparse) {
            total += block == null ? 0 : block.nonZeros();
        }
        return total;
    }

    /** How often a sparse block met a small pivot and was factored dense instead. */
    long denseFallbacks() {
        return fallbacks;
    }

    /** Factors W = alpha I + beta J (J's values aligned with the pattern); false when W is singular. */
    boolean factor(double[] jacobianValues, double alpha, double beta) {
        Arrays.fill(blockValues, 0.0);
        for (SparseLuBlock block : sparse) {
            if (block != null) {
                Arrays.fill(block.values(), 0.0);
            }
        }
        for (int row = 0; row < n; row++) {
            SparseLuBlock block = sparse[component[row]];
            double[] target = block != null ? block.values() : blockValues;
            for (int e = pattern.rowStart(row); e < pattern.rowStart(row + 1); e++) {
                int index = blockIndexOfEntry[e];
                if (index >= 0) {
                    target[index] = beta * jacobianValues[e];
                }
            }
        }
        for (int k = 0; k < lowerEntry.length; k++) {
            lowerValues[k] = beta * jacobianValues[lowerEntry[k]];
        }
        for (int b = 0; b < blockStart.length - 1; b++) {
            int first = blockStart[b];
            int size = blockStart[b + 1] - first;
            if (sparse[b] != null) {
                SparseLuBlock block = sparse[b];
                for (int local = 0; local < size; local++) {
                    block.values()[block.diagonalIndex(local)] += alpha;
                }
                denseFallback[b] = !block.factor();
                if (denseFallback[b]) {
                    fallbacks++;
                    if (!factorFallback(b, jacobianValues, alpha, beta)) {
                        return false;
                    }
                }
                continue;
            }
            for (int local = 0; local < size; local++) {
                blockValues[blockOffset[b] + local * size + local] += alpha;
            }
            if (size == 1) {
                double value = blockValues[blockOffset[b]];
                if (value == 0 || !Double.isFinite(value)) {
                    return false;
                }
                pivot[first] = 0;
            } else if (!factorBlock(blockValues, blockOffset[b], first, size)) {
                return false;
            }
        }
        return true;
    }

    /** Dense partial pivoting for a sparse block whose diagonal pivots failed. */
    private boolean factorFallback(int b, double[] jacobianValues, double alpha, double beta) {
        int first = blockStart[b];
        int size = blockStart[b + 1] - first;
        if (fallbackValues[b] == null) {
            fallbackValues[b] = new double[size * size];
        }
        double[] dense = fallbackValues[b];
        Arrays.fill(dense, 0.0);
        for (int local = 0; local < size; local++) {
            int row = order[first + local];
            for (int e = pattern.rowStart(row); e < pattern.rowStart(row + 1); e++) {
                int column = pattern.column(e);
                if (component[column] == b) {
                    dense[local * size + position[column] - first] = beta * jacobianValues[e];
                }
            }
            dense[local * size + local] += alpha;
        }
        return factorBlock(dense, 0, first, size);
    }

    /** Solves W x = rhs for the last factored W; rhs (in state order) is overwritten by x. */
    void solve(double[] rhs) {
        double[] x = work;
        int[] order = this.order;
        for (int p = 0; p < n; p++) {
            x[p] = rhs[order[p]];
        }
        int blocks = blockStart.length - 1;
        for (int b = 0; b < blocks; b++) {
            int first = blockStart[b];
            int end = blockStart[b + 1];
            // Most rows of a large block have no entries left of it: skip the row loop when none has.
            if (lowerStart[end] > lowerStart[first]) {
                subtractLower(x, first, end);
            }
            int size = end - first;
            if (sparse[b] != null) {
                if (denseFallback[b]) {
                    solveBlock(fallbackValues[b], 0, first, size, x);
                } else {
                    sparse[b].solve(x);
                }
            } else if (size == 1) {
                x[first] /= blockValues[blockOffset[b]];
            } else {
                solveBlock(blockValues, blockOffset[b], first, size, x);
            }
        }
        for (int p = 0; p < n; p++) {
            rhs[order[p]] = x[p];
        }
    }

    /** x[p] -= the entries of row p left of its diagonal block times x, for the rows first .. end - 1. */
    private void subtractLower(double[] x, int first, int end) {
        int[] start = lowerStart;
        double[] values = lowerValues;
        int[] columns = lowerColumn;
        for (int p = first; p < end; p++) {
            double sum = x[p];
            for (int k = start[p]; k < start[p + 1]; k++) {
                sum -= values[k] * x[columns[k]];
            }
            x[p] = sum;
        }
    }

    private boolean factorBlock(double[] a, int offset, int first, int size) {
        for (int k = 0; k < size; k++) {
            int best = k;
            double largest = Math.abs(a[offset + k * size + k]);
            for (int i = k + 1; i < size; i++) {
                double candidate = Math.abs(a[offset + i * size + k]);
                if (candidate > largest) {
                    largest = candidate;
                    best = i;
                }
            }
            if (largest == 0 || !Double.isFinite(largest)) {
                return false;
            }
            pivot[first + k] = best;
            if (best != k) {
                for (int j = 0; j < size; j++) {
                    double swap = a[offset + k * size + j];
                    a[offset + k * size + j] = a[offset + best * size + j];
                    a[offset + best * size + j] = swap;
                }
            }
            int pivotRow = offset + k * size;
            double inverse = 1.0 / a[pivotRow + k];
            for (int i = k + 1; i < size; i++) {
                int row = offset + i * size;
                double factor = a[row + k] * inverse;
                a[row + k] = factor;
                if (factor != 0) {
                    for (int j = k + 1; j < size; j++) {
                        a[row + j] -= factor * a[pivotRow + j];
                    }
                }
            }
        }
        return true;
    }

    private void solveBlock(double[] a, int offset, int first, int size, double[] x) {
        for (int k = 0; k < size; k++) {
            int p = pivot[first + k];
            if (p != k) {
                double swap = x[first + k];
                x[first + k] = x[first + p];
                x[first + p] = swap;
            }
        }
        for (int i = 1; i < size; i++) {
            int row = offset + i * size;
            double sum = x[first + i];
            for (int j = 0; j < i; j++) {
                sum -= a[row + j] * x[first + j];
            }
            x[first + i] = sum;
        }
        for (int i = size - 1; i >= 0; i--) {
            int row = offset + i * size;
            double sum = x[first + i];
            for (int j = i + 1; j < size; j++) {
                sum -= a[row + j] * x[first + j];
            }
            x[first + i] = sum / a[row + i];
        }
    }

    /**
     * Tarjan's algorithm without recursion on the graph row -> column of the pattern. Components come out with
     * every component a row depends on before it, which is the order of the block forward substitution. Fills
     * order (positions grouped by component, components in that order) and component (per species); returns the
     * number of components.
     */
    private static int stronglyConnectedComponents(JacobianPattern pattern, int[] order, int[] component) {
        int n = pattern.dimension();
        int[] index = new int[n];
        int[] low = new int[n];
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int stackSize = 0;
        int[] callStack = new int[n];
        int[] nextEdge = new int[n];
        Arrays.fill(index, -1);
        int counter = 0;
        int components = 0;
        int placed = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            callStack[depth] = root;
            index[root] = low[root] = counter++;
            stack[stackSize++] = root;
            onStack[root] = true;
            nextEdge[root] = pattern.rowStart(root);
            while (depth >= 0) {
                int v = callStack[depth];
                if (nextEdge[v] < pattern.rowStart(v + 1)) {
                    int w = pattern.column(nextEdge[v]++);
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[stackSize++] = w;
                        onStack[w] = true;
                        nextEdge[w] = pattern.rowStart(w);
                        callStack[++depth] = w;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                if (low[v] == index[v]) {
                    int w;
                    do {
                        w = stack[--stackSize];
                        onStack[w] = false;
                        component[w] = components;
                        order[placed++] = w;
                    } while (w != v);
                    components++;
                }
                depth--;
                if (depth >= 0) {
                    int parent = callStack[depth];
                    low[parent] = Math.min(low[parent], low[v]);
                }
            }
        }
        return components;
    }
}
