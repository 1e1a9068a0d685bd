package org.crnstudio.plot.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.crnstudio.plot.AxisScale;
import org.crnstudio.plot.ChartData;
import org.crnstudio.plot.PlotSeries;
import org.crnstudio.plot.PlotSettings;
import org.junit.jupiter.api.Test;

class ChartDataTest {

	@Test
	void byDefaultEverySeriesIsDrawnOverTime() {
		ChartData data = ChartData.of(DecayTrajectory.create(), PlotSettings.defaults("decay"));

		assertEquals("time", data.xLabel());
		assertEquals(List.of("A", "B"), data.series().stream().map(PlotSeries::name).toList());
		PlotSeries b = data.series().get(1);
		assertEquals(DecayTrajectory.ROWS, b.size());
		for (int i = 0; i < b.size(); i++) {
			assertEquals(i * 0.05, b.x()[i], 1e-12);
			assertEquals(1 - Math.exp(-b.x()[i]), b.y()[i], 1e-12);
		}
		assertEquals(0, data.droppedPoints());
	}

	@Test
	void anyColumnCanBeTheXAxisOfAPhasePlot() {
		ChartData data = ChartData.of(DecayTrajectory.create(), PlotSettings.defaults("phase").withXColumn("A"));

		assertEquals("A", data.xLabel());
		assertEquals(1, data.series().size(), "the X column is not drawn against itself");
		PlotSeries b = data.series().get(0);
		for (int i = 0; i < b.size(); i++) {
			assertEquals(1.0, b.x()[i] + b.y()[i], 1e-12, "a + b is conserved: the phase plot is the line a + b = 1");
		}
	}

	@Test
	void aLogAxisLeavesOutTheValuesItCannotShow() {
		ChartData data = ChartData.of(DecayTrajectory.create(),
				PlotSettings.defaults("log").withSeries(List.of("B")).withScales(AxisScale.LINEAR, AxisScale.LOG));

		assertEquals(1, data.droppedPoints(), "b(0) = 0 has no logarithm");
		assertEquals(DecayTrajectory.ROWS - 1, data.series().get(0).size());
		assertTrue(data.series().get(0).y()[0] > 0);
		ChartData logTime = ChartData.of(DecayTrajectory.create(),
				PlotSettings.defaults("log").withSeries(List.of("A")).withScales(AxisScale.LOG, AxisScale.LINEAR));
		assertEquals(1, logTime.droppedPoints(), "t = 0 has no logarithm");
		assertArrayEquals(new double[] { 0.05, 0.1 }, java.util.Arrays.copyOf(logTime.series().get(0).x(), 2), 1e-12);
	}

	@Test
	void anUnknownColumnNamesTheValidOnes() {
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ChartData.of(
				DecayTrajectory.create(), PlotSettings.defaults("x").withSeries(List.of("C"))));
		assertEquals("no column named 'C' to plot; valid: time, A, B", error.getMessage());
	}
}
