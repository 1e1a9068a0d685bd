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
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Draws chart data with JFreeChart onto any Java2D surface (an image for PNG, an SVG recorder for SVG). */
final class ChartRenderer {

	private ChartRenderer() {
	}

	static void draw(ChartData data, PlotSettings settings, Graphics2D g2) {
		g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		chart(data, settings).draw(g2, new Rectangle2D.Double(0, 0, settings.width(), settings.height()));
	}

	static JFreeChart chart(ChartData data, PlotSettings settings) {
		XYSeriesCollection dataset = new XYSeriesCollection();
		for (PlotSeries line : data.series()) {
			// no sorting (phase plots go back and forth), duplicates allowed
			XYSeries series = new XYSeries(line.name(), false, true);
			for (int i = 0; i < line.size(); i++) {
				series.add(line.x()[i], line.y()[i], false);
			}
			dataset.addSeries(series);
		}
		ValueAxis xAxis = axis(data.xLabel(), settings.xScale());
		ValueAxis yAxis = axis(data.series().size() == 1 ? data.series().get(0).name() : "concentration", settings.yScale());
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
		for (int i = 0; i < data.series().size(); i++) {
			renderer.setSeriesPaint(i, new Color(SeriesPalette.rgb(i)));
			renderer.setSeriesStroke(i, new BasicStroke(1.8f));
		}
		XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
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

	private static ValueAxis axis(String label, AxisScale scale) {
		if (scale == AxisScale.LOG) {
			LogAxis axis = new LogAxis(label);
			axis.setSmallestValue(1e-300);
			return axis;
		}
		NumberAxis axis = new NumberAxis(label);
		axis.setAutoRangeIncludesZero(false);
		return axis;
	}
}
