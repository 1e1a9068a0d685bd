package org.crnstudio.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Draws chart data with JFreeChart onto any Java2D surface (an image for PNG, an SVG recorder for SVG): one
 * dataset of lines per Y axis, and the ensemble bands in a dataset drawn beneath them (not in the legend).
 */
final class ChartRenderer {

	private static final float BAND_ALPHA = 0.25f;

	/** Tick steps of a log axis, in decades: whole ones only (labels 10^-2, 10^-1, ..., not 10^0.1). */
	private static final TickUnits WHOLE_DECADES = new TickUnits();

	static {
		for (double decades : new double[] { 1, 2, 5, 10, 20, 50, 100 }) {
			WHOLE_DECADES.add(new NumberTickUnit(decades));
		}
		// JFreeChart draws rotated text (the Y axes' labels) as a TextLayout by default, a workaround for JDK 1.x
		// bugs: an SVG then holds glyph outlines instead of <text>. Plain drawString keeps the labels as text.
		TextUtils.setUseDrawRotatedStringWorkaround(false);
	}

	private ChartRenderer() {
	}

	static void draw(ChartData data, PlotSettings settings, Graphics2D g2) {
		g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		chart(data, settings).draw(g2, new Rectangle2D.Double(0, 0, settings.width(), settings.height()));
	}

	static JFreeChart chart(ChartData data, PlotSettings settings) {
		XYPlot plot = new XYPlot();
		plot.setDomainAxis(axis(data.xLabel(), settings.xScale()));
		for (int axis = 0; axis < data.yLabels().size(); axis++) {
			ValueAxis yAxis = axis == 1 ? accuracyAxis(data.yLabels().get(1)) : axis(data.yLabels().get(axis), settings.yScale());
			plot.setRangeAxis(axis, yAxis);
		}
		int dataset = 0;
		for (int axis = 0; axis < data.yLabels().size(); axis++) {
			XYSeriesCollection lines = new XYSeriesCollection();
			XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
			// one path per series instead of a line element per segment: an SVG of a long metrics table stays small
			renderer.setDrawSeriesLineAsPath(true);
			for (PlotSeries line : data.series()) {
				if (line.yAxis() != axis) {
					continue;
				}
				// no sorting (phase plots go back and forth), duplicates allowed
				XYSeries series = new XYSeries(line.name(), false, true);
				for (int i = 0; i < line.size(); i++) {
					series.add(line.x()[i], line.y()[i], false);
				}
				int index = lines.getSeriesCount();
				lines.addSeries(series);
				renderer.setSeriesPaint(index, colour(line));
				renderer.setSeriesStroke(index, new BasicStroke(1.8f));
			}
			plot.setDataset(dataset, lines);
			plot.setRenderer(dataset, renderer);
			plot.mapDatasetToRangeAxis(dataset, axis);
			dataset++;
		}
		if (!data.bands().isEmpty()) {
			// a higher dataset index is drawn first (the plot's default reverse order): the bands lie under the lines
			plot.setDataset(dataset, bands(data));
			plot.setRenderer(dataset, bandRenderer(data));
			plot.mapDatasetToRangeAxis(dataset, 0);
		}
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(new Color(0xdddddd));
		plot.setRangeGridlinePaint(new Color(0xdddddd));
		JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
		chart.setBackgroundPaint(Color.WHITE);
		if (settings.title() != null && !settings.title().isEmpty()) {
			chart.setTitle(new TextTitle(settings.title(), new Font(Font.SANS_SERIF, Font.BOLD, 16)));
		}
		return chart;
	}

	private static YIntervalSeriesCollection bands(ChartData data) {
		YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
		for (PlotBand band : data.bands()) {
			YIntervalSeries series = new YIntervalSeries(band.name() + EnsembleColumns.SD_SUFFIX, false, true);
			for (int i = 0; i < band.size(); i++) {
				double middle = (band.lower()[i] + band.upper()[i]) / 2;
				series.add(band.x()[i], middle, band.lower()[i], band.upper()[i]);
			}
			bands.addSeries(series);
		}
		return bands;
	}

	private static DeviationRenderer bandRenderer(ChartData data) {
		DeviationRenderer renderer = new DeviationRenderer(false, false);
		renderer.setAlpha(BAND_ALPHA);
		renderer.setDefaultSeriesVisibleInLegend(false);
		for (int i = 0; i < data.bands().size(); i++) {
			String name = data.bands().get(i).name();
			PlotSeries line = data.series().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
			renderer.setSeriesFillPaint(i, colour(line));
			renderer.setSeriesPaint(i, colour(line));
		}
		return renderer;
	}

	private static Color colour(PlotSeries line) {
		return new Color(SeriesPalette.rgb(line.colour()));
	}

	private static ValueAxis axis(String label, AxisScale scale) {
		if (scale == AxisScale.LOG) {
			LogAxis axis = new LogAxis(label);
			axis.setSmallestValue(1e-300);
			axis.setStandardTickUnits(WHOLE_DECADES);
			return axis;
		}
		NumberAxis axis = new NumberAxis(label);
		axis.setAutoRangeIncludesZero(false);
		return axis;
	}

	private static ValueAxis accuracyAxis(String label) {
		NumberAxis axis = new NumberAxis(label);
		Extent range = AxisFit.accuracy();
		axis.setRange(range.min(), range.max());
		return axis;
	}
}
