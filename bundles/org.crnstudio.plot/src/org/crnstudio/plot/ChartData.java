package org.crnstudio.plot;

import java.util.ArrayList;
import java.util.List;

import org.crnstudio.io.Trajectory;

/**
 * The lines of a chart taken from a trajectory: X is time or any series (a phase plot), Y every requested
 * series. On a log axis, points with a value <= 0 cannot be drawn: they are left out and counted.
 */
public record ChartData(String xLabel, List<PlotSeries> series, int droppedPoints) {

	public ChartData {
		series = List.copyOf(series);
	}

	public static ChartData of(Trajectory trajectory, PlotSettings settings) {
		double[] x = column(trajectory, settings.xColumn());
		List<String> names = settings.series().isEmpty()
				? trajectory.seriesNames().stream().filter(n -> !n.equals(settings.xColumn())).toList()
				: settings.series();
		List<PlotSeries> lines = new ArrayList<>();
		int dropped = 0;
		for (String name : names) {
			double[] y = column(trajectory, name);
			int kept = 0;
			double[] keptX = new double[y.length];
			double[] keptY = new double[y.length];
			for (int i = 0; i < y.length; i++) {
				if (drawable(x[i], settings.xScale()) && drawable(y[i], settings.yScale())) {
					keptX[kept] = x[i];
					keptY[kept] = y[i];
					kept++;
				}
			}
			dropped += y.length - kept;
			lines.add(new PlotSeries(name, java.util.Arrays.copyOf(keptX, kept), java.util.Arrays.copyOf(keptY, kept)));
		}
		return new ChartData(settings.xColumn(), lines, dropped);
	}

	private static boolean drawable(double value, AxisScale scale) {
		return Double.isFinite(value) && (scale == AxisScale.LINEAR || value > 0);
	}

	private static double[] column(Trajectory trajectory, String name) {
		if (PlotSettings.TIME.equals(name)) {
			return trajectory.times();
		}
		if (trajectory.indexOf(name) < 0) {
			throw new IllegalArgumentException("no column named '" + name + "' to plot; valid: time, "
					+ String.join(", ", trajectory.seriesNames()));
		}
		return trajectory.series(name);
	}
}
