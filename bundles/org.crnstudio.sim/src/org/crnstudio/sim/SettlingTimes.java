package org.crnstudio.sim;

import java.util.LinkedHashMap;
import java.util.Map;

import org.crnstudio.io.Trajectory;

/**
 * The time each recorded series settled (its time to decision): the last time it was farther than the band from
 * its value at the stop time, after which it stays within the band. 0 when it never left the band. The crossing is
 * located between the two output rows that bracket it by linear interpolation of the distance, so its resolution is
 * the output interval.
 */
final class SettlingTimes {

    private SettlingTimes() {
    }

    static Map<String, Double> of(Trajectory trajectory, double band) {
        Map<String, Double> times = new LinkedHashMap<>();
        int rows = trajectory.size();
        for (int series = 0; series < trajectory.seriesNames().size(); series++) {
            String name = trajectory.seriesNames().get(series);
            if (rows == 0) {
                times.put(name, Double.NaN);
                continue;
            }
            double last = trajectory.value(rows - 1, series);
            int outside = -1;
            for (int row = rows - 1; row >= 0; row--) {
                if (!(Math.abs(trajectory.value(row, series) - last) <= band)) {
                    outside = row;
                    break;
                }
            }
            if (outside < 0) {
                times.put(name, 0.0);
                continue;
            }
            double before = Math.abs(trajectory.value(outside, series) - last);
            double after = Math.abs(trajectory.value(outside + 1, series) - last);
            double t0 = trajectory.time(outside);
            double t1 = trajectory.time(outside + 1);
            double fraction = Double.isFinite(before) && before > after ? (before - band) / (before - after) : 1.0;
            times.put(name, t0 + (t1 - t0) * Math.min(Math.max(fraction, 0.0), 1.0));
        }
        return times;
    }
}
