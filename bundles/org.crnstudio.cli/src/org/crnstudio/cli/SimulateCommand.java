package org.crnstudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.crnstudio.io.CsvTrajectoryWriter;
import org.crnstudio.model.Simulation;
import org.crnstudio.plot.ChartFormat;
import org.crnstudio.plot.ChartWriter;
import org.crnstudio.plot.PlotSettings;
import org.crnstudio.sim.SimulationException;
import org.crnstudio.sim.SimulationResult;
import org.crnstudio.sim.SimulationRun;
import org.crnstudio.sim.SimulationRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code crn simulate FILE --simulation NAME [--out run.csv] [--plot run.png|run.svg] [--until T] [--stats]}: runs a
 * simulation declaration and writes its trajectory as CSV (to standard output, or atomically to a file), and with
 * --plot draws its series over time to a PNG or SVG file (atomically; needs no display).
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
		description = "Run a simulation declaration; write CSV: a header time,<series...> and one row per output time.")
final class SimulateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "FILE", description = "the .crn file")
	Path file;

	@Option(names = "--simulation", required = true, paramLabel = "NAME", description = "the simulation to run")
	String simulation;

	@Option(names = "--out", paramLabel = "FILE", description = "write the CSV to FILE (atomically) instead of standard output")
	Path out;

	@Option(names = "--plot", paramLabel = "FILE", description = "draw the trajectories to a .png or .svg file")
	Path plot;

	@Option(names = "--until", paramLabel = "T", description = "end time, overriding the declaration's until")
	Double until;

	@Option(names = "--stats", description = "print the method and its work (ode: how the method was chosen, steps, right-hand-side and Jacobian evaluations, LU factorizations, integration time; ssa: reaction events and leaps), the run time and when each series settled to standard error")
	boolean stats;

	@Override
	public Integer call() throws IOException {
		if (plot != null) {
			try {
				ChartFormat.of(plot); // refuse a wrong extension before running
			} catch (IllegalArgumentException e) {
				throw new CommandFailure("crn simulate: --plot " + e.getMessage());
			}
		}
		if (until != null && !(until > 0)) {
			throw new CommandFailure("crn simulate: --until must be a positive time, found " + until);
		}
		PrintWriter err = spec.commandLine().getErr();
		SourceFile source = SourceFile.load(file);
		source.requireNoErrors(err);
		Simulation declaration = source.require(Simulation.class, "simulation", simulation);
		if (declaration.getNetwork() != null) {
			CompileCommand.compileIfDeclaredByCompile(source, declaration.getNetwork());
		}
		SimulationRun run;
		double band;
		long start = System.nanoTime();
		try {
			SimulationRunner runner = SimulationRunner.of(declaration);
			if (until != null) {
				runner = runner.withPlan(plan -> plan.withEndTime(until));
			}
			band = runner.plan().settlingBand();
			run = runner.run();
		} catch (SimulationException e) {
			int line = e.getLine() > 0 ? e.getLine() : declaration.getLine();
			throw new CommandFailure(file + ":" + line + ": error: " + e.getMessage(), e);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		SimulationResult result = run.result();
		CsvTrajectoryWriter csv = new CsvTrajectoryWriter();
		if (out == null) {
			PrintWriter stdout = spec.commandLine().getOut();
			csv.write(result.trajectory(), stdout);
			stdout.flush();
		} else {
			csv.write(result.trajectory(), out);
		}
		if (plot != null) {
			ChartWriter.write(result.trajectory(), PlotSettings.defaults(simulation), plot);
		}
		if (stats) {
			err.println(simulation + ": " + run.statistics(seconds));
			if (!result.settlingTimes().isEmpty()) {
				err.println(settlingLine(simulation, result, band));
			}
		}
		return 0;
	}

	/** Most series this line names; a compiled network can record thousands. */
	private static final int MAX_SETTLING_SHOWN = 20;

	/** "S: settled within 0.001 of the final value: A at t = 6.21, ..." (the time to decision) per recorded series. */
	private static String settlingLine(String simulation, SimulationResult result, double band) {
		StringBuilder line = new StringBuilder(simulation)
				.append(String.format(Locale.ROOT, ": settled within %g of the final value from: ", band));
		int shown = 0;
		for (var entry : result.settlingTimes().entrySet()) {
			if (shown == MAX_SETTLING_SHOWN) {
				line.append(", ... (").append(result.settlingTimes().size() - shown).append(" more)");
				break;
			}
			line.append(shown == 0 ? "" : ", ").append(entry.getKey())
					.append(String.format(Locale.ROOT, " at t = %g", entry.getValue()));
			shown++;
		}
		return line.toString();
	}
}
