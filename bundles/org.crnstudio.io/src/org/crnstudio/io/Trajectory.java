package org.crnstudio.io;

import java.util.Arrays;
import java.util.List;

/**
 * Time points and named series of a simulation run, one row per output time. Append-only: a run streams its
 * rows in while a view may read the rows already there (all access is synchronized).
 */
public final class Trajectory {

    /** The name of the time axis unless another is given. */
    public static final String TIME = "time";

    private final String timeName;
    private final List<String> seriesNames;
    private double[] times = new double[64];
    /** Row-major: row r, series s at r * seriesCount + s. */
    private double[] values;
    private int rows;

    /** A trajectory over time: its first column is named {@value #TIME}. */
    public Trajectory(List<String> seriesNames) {
        this(TIME, seriesNames);
    }

    /**
     * @param timeName what the first column (the one rows are ordered by) holds: "time" for a simulation,
     *        "iteration" for a training's metrics; CSV headers and plot axes show it
     */
    public Trajectory(String timeName, List<String> seriesNames) {
        if (timeName == null || timeName.isBlank() || seriesNames.contains(timeName)) {
            throw new IllegalArgumentException("the time column needs a name of its own, not '" + timeName
                    + "' (the series are " + seriesNames + ")");
        }
        this.timeName = timeName;
        this.seriesNames = List.copyOf(seriesNames);
        this.values = new double[64 * Math.max(1, seriesNames.size())];
    }

    /** The name of the first column, the time axis: {@value #TIME} unless the producer named it otherwise. */
    public String timeName() {
        return timeName;
    }

    public List<String> seriesNames() {
        return seriesNames;
    }

    public int seriesCount() {
        return seriesNames.size();
    }

    /** Index of the named series, or -1. */
    public int indexOf(String seriesName) {
        return seriesNames.indexOf(seriesName);
    }

    /** Appends a row; values are copied and must hold one value per series. */
    public synchronized void append(double time, double[] rowValues) {
        if (rowValues.length != seriesCount()) {
            throw new IllegalArgumentException(
                    "a row needs " + seriesCount() + " values (" + seriesNames + "), got " + rowValues.length);
        }
        if (rows > 0 && !(time >= times[rows - 1])) {
            throw new IllegalArgumentException(
                    "time " + time + " is before the last row's time " + times[rows - 1]);
        }
        if (rows == times.length) {
            times = Arrays.copyOf(times, rows * 2);
            values = Arrays.copyOf(values, values.length * 2);
        }
        times[rows] = time;
        System.arraycopy(rowValues, 0, values, rows * seriesCount(), seriesCount());
        rows++;
    }

    public synchronized int size() {
        return rows;
    }

    public synchronized double time(int row) {
        checkRow(row);
        return times[row];
    }

    public synchronized double value(int row, int series) {
        checkRow(row);
        if (series < 0 || series >= seriesCount()) {
            throw new IndexOutOfBoundsException("series " + series + " of " + seriesCount());
        }
        return values[row * seriesCount() + series];
    }

    /** A copy of one row's values. */
    public synchronized double[] row(int row) {
        checkRow(row);
        return Arrays.copyOfRange(values, row * seriesCount(), (row + 1) * seriesCount());
    }

    /** A copy of the time points. */
    public synchronized double[] times() {
        return Arrays.copyOf(times, rows);
    }

    /** A copy of the named series' values. */
    public synchronized double[] series(String seriesName) {
        int series = indexOf(seriesName);
        if (series < 0) {
            throw new IllegalArgumentException(
                    "no series named '" + seriesName + "'; the series are " + String.join(", ", seriesNames));
        }
        double[] column = new double[rows];
        for (int row = 0; row < rows; row++) {
            column[row] = values[row * seriesCount() + series];
        }
        return column;
    }

    /** The value of the named series in the last row. */
    public synchronized double last(String seriesName) {
        double[] column = series(seriesName);
        if (column.length == 0) {
            throw new IllegalStateException("the trajectory has no rows yet");
        }
        return column[column.length - 1];
    }

    private void checkRow(int row) {
        if (row < 0 || row >= rows) {
            throw new IndexOutOfBoundsException("row " + row + " of " + rows);
        }
    }
}
