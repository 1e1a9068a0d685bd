package org.crnstudio.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.crnstudio.io.Trajectory;

/**
 * The lines of a chart taken from a trajectory: X is time or any series (a phase plot), Y every requested
 * series. An ensemble series ({@code <name>} with {@code <name>_sd}) is one line, the mean, with a band mean +- sd;
 * a training's metrics table draws its errors on the left Y axis and its accuracies on the right one against the
 * iteration. On a log axis, points with a value <= 0 cannot be drawn: they are left out and counted; points with no
 * value (NaN, e.g. no validation set) are left out silently, and a series without any value is not drawn.
 *
 * @param yLabels the label of each Y axis: one, or two when a series is read on the right axis
 */
public record ChartData(String xLabel, List<String> yLabels, List<PlotSeries> series, List<PlotBand> bands,
		int droppedPoints) {

	public ChartData {
		yLabels = List.copyOf(yLabels);
		series = List.copyOf(series);
		bands = List.copyOf(bands);
	}

	public static ChartData of(Trajectory trajectory, PlotSettings settings) {
		double[] x = column(trajectory, settings.xColumn());
		List<String> columns = trajectory.seriesNames();
		List<String> lineColumns = EnsembleColumns.lines(columns);
		boolean metrics = TrainingColumns.isMetrics(columns);
		List<String> names = settings.series().isEmpty()
				? lineColumns.stream().filter(n -> !n.equals(settings.xColumn())).toList()
				: settings.series();
		List<PlotSeries> lines = new ArrayList<>();
		List<PlotBand> bands = new ArrayList<>();
		int dropped = 0;
		for (String name : names) {
			double[] y = column(trajectory, name);
			if (y.length > 0 && Arrays.stream(y).allMatch(Double::isNaN)) {
				continue;
			}
			int kept = 0;
			double[] keptX = new double[y.length];
			double[] keptY = new double[y.length];
			for (int i = 0; i < y.length; i++) {
				if (drawable(x[i], settings.xScale()) && drawable(y[i], settings.yScale())) {
					keptX[kept] = x[i];
					keptY[kept] = y[i];
					kept++;
				} else if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
					dropped++;
				}
			}
			int axis = metrics && TrainingColumns.isAccuracy(name) ? 1 : 0;
			int colour = Math.max(0, lineColumns.indexOf(name));
			lines.add(new PlotSeries(name, Arrays.copyOf(keptX, kept), Arrays.copyOf(keptY, kept), axis, colour));
			if (EnsembleColumns.hasSpread(columns, name)) {
				bands.add(band(name, x, y, column(trajectory, EnsembleColumns.sdColumn(name)), settings));
			}
		}
		String xLabel = isTimeAxis(trajectory, settings.xColumn()) ? trajectory.timeName() : settings.xColumn();
		return new ChartData(xLabel, yLabels(metrics, lines, names), lines, bands, dropped);
	}

	/** The data's extent along X (every line), or empty bounds when nothing is drawn. */
	public Extent xExtent() {
		Extent extent = Extent.EMPTY;
		for (PlotSeries line : series) {
			extent = extent.including(line.x());
		}
		return extent;
	}

	/** The data's extent on a Y axis: its lines and their bands. */
	public Extent yExtent(int axis) {
		Extent extent = Extent.EMPTY;
		for (PlotSeries line : series) {
			if (line.yAxis() == axis) {
				extent = extent.including(line.y());
				for (PlotBand band : bands) {
					if (band.name().equals(line.name())) {
						extent = extent.including(band.lower()).including(band.upper());
					}
				}
			}
		}
		return extent;
	}

	/** Mean +- sd where x, the mean and both edges can be drawn on the axes' scales. */
	private static PlotBand band(String name, double[] x, double[] mean, double[] sd, PlotSettings settings) {
		int kept = 0;
		double[] keptX = new double[mean.length];
		double[] lower = new double[mean.length];
		double[] upper = new double[mean.length];
		for (int i = 0; i < mean.length; i++) {
			double low = mean[i] - sd[i];
			double high = mean[i] + sd[i];
			if (drawable(x[i], settings.xScale()) && drawable(low, settings.yScale()) && drawable(high, settings.yScale())) {
				keptX[kept] = x[i];
				lower[kept] = low;
				upper[kept] = high;
				kept++;
			}
		}
		return new PlotBand(name, Arrays.copyOf(keptX, kept), Arrays.copyOf(lower, kept), Arrays.copyOf(upper, kept));
	}

	private static List<String> yLabels(boolean metrics, List<PlotSeries> lines, List<String> names) {
		if (metrics) {
			boolean errors = lines.stream().anyMatch(l -> l.yAxis() == 0);
			boolean accuracies = lines.stream().anyMatch(l -> l.yAxis() == 1);
			return accuracies ? List.of(errors ? "error" : "", "accuracy") : List.of("error");
		}
		return List.of(names.size() == 1 ? names.get(0) : "concentration");
	}

	private static boolean drawable(double value, AxisScale scale) {
		return Double.isFinite(value) && (scale == AxisScale.LINEAR || value > 0);
	}

	/** The first column: asked for by its own name, or as "time" whatever it is called. */
	private static boolean isTimeAxis(Trajectory trajectory, String name) {
		return PlotSettings.TIME.equals(name) || trajectory.timeName().equals(name);
	}

	private static double[] column(Trajectory trajectory, String name) {
		if (isTimeAxis(trajectory, name)) {
			return trajectory.times();
		}
		if (trajectory.indexOf(name) < 0) {
			throw new IllegalArgumentException("no column named '" + name + "' to plot; valid: " + trajectory.timeName()
					+ ", " + String.join(", ", trajectory.seriesNames()));
		}
		return trajectory.series(name);
	}
}
