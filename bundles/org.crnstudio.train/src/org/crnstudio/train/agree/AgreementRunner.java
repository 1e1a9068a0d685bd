package org.crnstudio.train.agree;

import java.util.List;
import java.util.stream.IntStream;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.compile.CrnCompiler;
import org.crnstudio.compile.nn.DenseNetwork;
import org.crnstudio.compile.nn.ForwardPass;
import org.crnstudio.compile.nn.OutputNames;
import org.crnstudio.io.Trajectory;
import org.crnstudio.model.Assignment;
import org.crnstudio.model.CrnFactory;
import org.crnstudio.model.Dataset;
import org.crnstudio.model.NeuralNetwork;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Sample;
import org.crnstudio.model.Simulation;
import org.crnstudio.sim.OdeSimulator;
import org.crnstudio.sim.SimulationException;
import org.crnstudio.sim.SimulationPlan;
import org.crnstudio.train.Scores;
import org.crnstudio.train.TrainingException;

/**
 * Simulates a compiled neural network's CRN on every sample of a data set (in parallel, on all cores) and compares
 * it with the network's own forward pass ({@link ForwardPass}): outputs, argmax classes and time to decision.
 * Inputs are set through the network's input ports, as a simulation's {@code input x = v} does.
 */
public final class AgreementRunner {

	/** The end time of seed 004's simulations. */
	public static final double DEFAULT_END_TIME = 50;

	private AgreementRunner() {
	}

	/**
	 * @param crn     a network declared by {@code compile <nn> with ...} (compiled here if it is not yet)
	 * @param data    the samples (their inputs in the network's input order)
	 * @param endTime when the CRN's outputs are read
	 */
	public static AgreementReport run(ReactionNetwork crn, Dataset data, double endTime) {
		long start = System.nanoTime();
		if (crn.getCompilation() == null || !(crn.getCompilation().getSource() instanceof NeuralNetwork nn)) {
			throw new TrainingException("crn " + crn.getName() + " is not compiled from a neural network: crn agree compares a "
					+ "'crn N = compile <nn> with ...' with its nn", crn.getLine());
		}
		DenseNetwork dense;
		try {
			new CrnCompiler().ensureCompiled(crn);
			dense = DenseNetwork.of(nn, "crn agree");
		} catch (CompilationException e) {
			throw new TrainingException(e.getMessage(), e.getLine() > 0 ? e.getLine() : crn.getLine(), e);
		}
		if (data.getInputColumns().size() != dense.inputs().size()) {
			throw new TrainingException("dataset " + data.getName() + " has " + data.getInputColumns().size() + " inputs ("
					+ String.join(", ", data.getInputColumns()) + "), but " + nn.getName() + " has " + dense.inputs().size()
					+ " (" + String.join(", ", dense.inputs()) + ")", data.getLine());
		}
		if (data.getSamples().isEmpty()) {
			throw new TrainingException("dataset " + data.getName() + " has no rows", data.getLine());
		}
		List<String> outputs = OutputNames.of(dense.outputLayer());
		ForwardPass reference = new ForwardPass(dense);
		int count = data.getSamples().size();
		SampleAgreement[] results = new SampleAgreement[count];
		IntStream.range(0, count).parallel().forEach(n -> {
			Sample sample = data.getSamples().get(n);
			double[] input = sample.getInputs().stream().mapToDouble(Double::doubleValue).toArray();
			double[] target = sample.getTargets().stream().mapToDouble(Double::doubleValue).toArray();
			double[] expected = reference.outputs(input);
			Trajectory run;
			try {
				run = new OdeSimulator().run(plan(crn, dense.inputs(), input, outputs, endTime, sample.getLine())).trajectory();
			} catch (SimulationException e) {
				throw new TrainingException("sample " + (n + 1) + " of " + data.getName() + ": " + e.getMessage(),
						sample.getLine() > 0 ? sample.getLine() : data.getLine(), e);
			}
			double[] crnOutputs = new double[outputs.size()];
			for (int k = 0; k < crnOutputs.length; k++) {
				crnOutputs[k] = run.last(outputs.get(k));
			}
			results[n] = new SampleAgreement(n + 1, target.length == 0 ? -1 : classOf(target), expected, crnOutputs,
					classOf(expected), classOf(crnOutputs), decisionTime(run, outputs));
		});
		return new AgreementReport(crn.getName(), data.getName(), outputs, List.of(results), endTime,
				(System.nanoTime() - start) / 1e9);
	}

	private static SimulationPlan plan(ReactionNetwork crn, List<String> inputNames, double[] input, List<String> outputs,
			double endTime, int line) {
		Simulation simulation = CrnFactory.eINSTANCE.createSimulation();
		simulation.setName(crn.getName());
		simulation.setLine(line);
		simulation.setNetwork(crn);
		for (int i = 0; i < input.length; i++) {
			Assignment assignment = CrnFactory.eINSTANCE.createAssignment();
			assignment.setName(inputNames.get(i));
			assignment.setValue(input[i]);
			simulation.getInputs().add(assignment);
		}
		simulation.setEndTime(endTime);
		simulation.getObserved().addAll(outputs);
		return SimulationPlan.of(simulation);
	}

	/** Several outputs: the argmax; one output: 1 when above 1/2, else 0 (seed 002's rule for one output). */
	private static int classOf(double[] values) {
		return values.length == 1 ? (values[0] > 0.5 ? 1 : 0) : Scores.argmax(values);
	}

	/** The first output time after which the argmax stays what it is at the end. */
	static double decisionTime(Trajectory run, List<String> outputs) {
		int[] columns = outputs.stream().mapToInt(run::indexOf).toArray();
		double[] values = new double[columns.length];
		int last = run.size() - 1;
		int finalClass = classAt(run, last, columns, values);
		for (int row = last - 1; row >= 0; row--) {
			if (classAt(run, row, columns, values) != finalClass) {
				return run.time(row + 1);
			}
		}
		return 0;
	}

	private static int classAt(Trajectory run, int row, int[] columns, double[] values) {
		for (int k = 0; k < columns.length; k++) {
			values[k] = run.value(row, columns[k]);
		}
		return classOf(values);
	}
}
