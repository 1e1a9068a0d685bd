package org.crnstudio.plot.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.util.List;

import org.crnstudio.io.CsvTrajectoryWriter;
import org.crnstudio.io.Trajectory;
import org.crnstudio.plot.ChartData;
import org.crnstudio.plot.PlotSettings;
import org.junit.jupiter.api.Test;

/** A trajectory's first column has a name of its own (a training's metrics: the iteration), shown as such. */
class TimeColumnNameTest {

	private static Trajectory metrics() {
		Trajectory metrics = new Trajectory("iteration", List.of("train_error", "train_accuracy"));
		for (int i = 0; i <= 4; i++) {
			metrics.append(5 * i, new double[] { 1.0 / (1 + i), 1 - 0.5 / (1 + i) });
		}
		return metrics;
	}

	@Test
	void theXAxisIsLabelledWithTheFirstColumnsNameAndTakesItsValuesUnderThatName() {
		Trajectory metrics = metrics();
		ChartData byName = ChartData.of(metrics, PlotSettings.defaults("fit").withXColumn("iteration"));
		ChartData byDefault = ChartData.of(metrics, PlotSettings.defaults("fit"));

		assertEquals("iteration", byName.xLabel());
		assertEquals("iteration", byDefault.xLabel(), "'time', the default X, is the first column whatever its name");
		assertArrayEquals(new double[] { 0, 5, 10, 15, 20 }, byName.series().get(0).x(), 0);
		assertArrayEquals(byDefault.series().get(0).x(), byName.series().get(0).x(), 0);
	}

	@Test
	void aSimulationsTimeStaysTimeAndAnotherNameIsShownAsGiven() {
		Trajectory run = new Trajectory(List.of("A"));
		run.append(0, new double[] { 1 });
		Trajectory steps = new Trajectory("step", List.of("A"));
		steps.append(0, new double[] { 1 });

		assertEquals("time", run.timeName());
		assertEquals("time", ChartData.of(run, PlotSettings.defaults("run")).xLabel());
		assertEquals("step", ChartData.of(steps, PlotSettings.defaults("steps")).xLabel(), "not a metrics table: its own name");
	}

	@Test
	void theCsvHeaderStartsWithTheFirstColumnsName() throws Exception {
		StringWriter csv = new StringWriter();
		new CsvTrajectoryWriter().write(metrics(), csv);

		assertEquals("iteration,train_error,train_accuracy", csv.toString().lines().findFirst().orElseThrow());
		assertEquals("5,0.5,0.75", csv.toString().lines().skip(2).findFirst().orElseThrow());
	}

	@Test
	void theTimeColumnCannotShareASeriesName() {
		IllegalArgumentException clash = assertThrows(IllegalArgumentException.class,
				() -> new Trajectory("A", List.of("A", "B")));
		assertEquals("the time column needs a name of its own, not 'A' (the series are [A, B])", clash.getMessage());
	}
}
