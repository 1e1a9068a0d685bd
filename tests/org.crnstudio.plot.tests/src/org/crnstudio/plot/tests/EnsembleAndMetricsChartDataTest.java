package org.crnstudio.plot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.crnstudio.plot.AxisFit;
import org.crnstudio.plot.AxisScale;
import org.crnstudio.plot.ChartData;
import org.crnstudio.plot.Extent;
import org.crnstudio.plot.PlotBand;
import org.crnstudio.plot.PlotSeries;
import org.crnstudio.plot.PlotSettings;
import org.junit.jupiter.api.Test;

/** SSA ensembles become a mean line with a band mean +- sd; training metrics become error and accuracy axes. */
class EnsembleAndMetricsChartDataTest {

	@Test
	void anEnsembleSeriesIsOneLineWithTheBandMeanPlusMinusSd() {
		ChartData data = ChartData.of(EnsembleTrajectory.create(), PlotSettings.defaults("ssa"));

		assertEquals(List.of("A", "B"), data.series().stream().map(PlotSeries::name).toList(),
				"A_sd is A's band, not a line of its own");
		assertEquals(List.of(0, 1), data.series().stream().map(PlotSeries::colour).toList());
		assertEquals(1, data.bands().size(), "B has no _sd column, so no band");
		PlotBand band = data.bands().get(0);
		assertEquals("A", band.name());
		assertEquals(EnsembleTrajectory.ROWS, band.size());
		for (int i = 0; i < band.size(); i++) {
			double t = band.x()[i];
			assertEquals(0.1 * i, t, 1e-12);
			double mean = EnsembleTrajectory.mean(t);
			double sd = EnsembleTrajectory.sd(t);
			assertEquals(mean - sd, band.lower()[i], 1e-12);
			assertEquals(mean + sd, band.upper()[i], 1e-12);
		}
		assertEquals(0, band.upper()[0] - band.lower()[0], 1e-12, "at t = 0 every run has 10 molecules: no spread");
		assertEquals(List.of("concentration"), data.yLabels());
		// the Y axis fits the band, not only the means: the widest spread, at p = 1/2, reaches above the mean line
		Extent y = data.yExtent(0);
		double upperMax = Double.NEGATIVE_INFINITY;
		double lowerMin = Double.POSITIVE_INFINITY;
		for (int i = 0; i < band.size(); i++) {
			upperMax = Math.max(upperMax, band.upper()[i]);
			lowerMin = Math.min(lowerMin, band.lower()[i]);
		}
		assertEquals(upperMax, y.max(), 1e-12);
		assertEquals(lowerMin, y.min(), 1e-12);
		assertTrue(lowerMin < EnsembleTrajectory.mean(5), "the band reaches below the lowest mean");
	}

	@Test
	void onALogAxisTheBandKeepsThePointsWhoseEdgesArePositive() {
		ChartData data = ChartData.of(EnsembleTrajectory.create(),
				PlotSettings.defaults("ssa").withSeries(List.of("A")).withScales(AxisScale.LINEAR, AxisScale.LOG));

		PlotBand band = data.bands().get(0);
		int expected = 0;
		for (int row = 0; row < EnsembleTrajectory.ROWS; row++) {
			double t = row * 0.1;
			expected += EnsembleTrajectory.mean(t) - EnsembleTrajectory.sd(t) > 0 ? 1 : 0;
		}
		assertTrue(expected < EnsembleTrajectory.ROWS, "late in the run mean - sd is below zero");
		assertEquals(expected, band.size());
		assertEquals(EnsembleTrajectory.ROWS, data.series().get(0).size(), "the mean line keeps every point");
	}

	@Test
	void anSdColumnAskedForByNameIsDrawnAsALine() {
		ChartData data = ChartData.of(EnsembleTrajectory.create(), PlotSettings.defaults("sd").withSeries(List.of("A_sd")));

		assertEquals(List.of("A_sd"), data.series().stream().map(PlotSeries::name).toList());
		assertTrue(data.bands().isEmpty());
		assertEquals(EnsembleTrajectory.sd(1), data.series().get(0).y()[10], 1e-12);
	}

	@Test
	void trainingMetricsAreErrorOnTheLeftAndAccuracyOnTheRightAgainstIterations() {
		ChartData data = ChartData.of(MetricsTrajectory.create(), PlotSettings.defaults("training"));

		assertEquals("iteration", data.xLabel());
		assertEquals(List.of("error", "accuracy"), data.yLabels());
		assertEquals(List.of("train_error", "train_accuracy"), data.series().stream().map(PlotSeries::name).toList(),
				"the validation columns hold no value: nothing to draw");
		PlotSeries error = data.series().get(0);
		PlotSeries accuracy = data.series().get(1);
		assertEquals(0, error.yAxis());
		assertEquals(1, accuracy.yAxis());
		for (int i = 0; i < MetricsTrajectory.ROWS; i++) {
			assertEquals(10.0 * i, error.x()[i], 0);
			assertEquals(MetricsTrajectory.error(10.0 * i), error.y()[i], 1e-15);
			assertEquals(1 - MetricsTrajectory.error(10.0 * i) / 2, accuracy.y()[i], 1e-15);
		}
		assertEquals(0, data.droppedPoints(), "missing values are not points left out of a log axis");
		assertEquals(new Extent(1 / 11.0, 1), data.yExtent(0));
	}

	@Test
	void axesFitTheDataAloneXExactlyYWithAFivePercentMargin() {
		ChartData data = ChartData.of(DecayTrajectory.create(), PlotSettings.defaults("decay"));

		assertEquals(new Extent(0, 5), AxisFit.x(data.xExtent(), AxisScale.LINEAR), "a run over [0, 5] shows 0 to 5");
		Extent y = AxisFit.y(data.yExtent(0), AxisScale.LINEAR);
		assertEquals(-0.05, y.min(), 1e-12, "a and b span [0, 1]");
		assertEquals(1.05, y.max(), 1e-12);
		Extent log = AxisFit.y(new Extent(1e-3, 10), AxisScale.LOG);
		assertEquals(Math.pow(10, -3 - 0.2), log.min(), 1e-15, "5% of four decades each side");
		assertEquals(Math.pow(10, 1 + 0.2), log.max(), 1e-9);
		assertEquals(new Extent(-0.05, 1.05), AxisFit.accuracy());
	}
}
