package org.crnstudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.crnstudio.io.AtomicFileWriter;
import org.crnstudio.model.Dataset;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.train.TrainingException;
import org.crnstudio.train.agree.AgreementReport;
import org.crnstudio.train.agree.AgreementRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code crn agree FILE --crn NAME --data DATA [--out report.csv] [--until T]}: simulates a compiled neural network's
 * CRN on every sample of a data set and compares it with the network: a CSV row per sample (standard output, or the
 * file, atomically) and a summary line on standard error.
 */
@Command(name = "agree", mixinStandardHelpOptions = true,
		description = "Simulate a compiled network's CRN on every sample of a data set and compare it with the network.")
final class AgreeCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "FILE", description = "the .crn file")
	Path file;

	@Option(names = "--crn", required = true, paramLabel = "NAME", description = "a crn declared by compile <nn> with ...")
	String crn;

	@Option(names = "--data", required = true, paramLabel = "DATA", description = "the dataset whose samples are simulated")
	String data;

	@Option(names = "--out", paramLabel = "FILE", description = "write the CSV to FILE (atomically) instead of standard output")
	Path out;

	@Option(names = "--until", paramLabel = "T", description = "time at which the CRN's outputs are read; default ${DEFAULT-VALUE}",
			defaultValue = "50")
	double until;

	@Override
	public Integer call() throws IOException {
		if (!(until > 0) || !Double.isFinite(until)) {
			throw new CommandFailure("crn agree: --until must be a positive time, found " + until);
		}
		PrintWriter err = spec.commandLine().getErr();
		SourceFile source = SourceFile.load(file);
		source.requireNoErrors(err);
		ReactionNetwork network = source.require(ReactionNetwork.class, "crn", crn);
		Dataset dataset = source.require(Dataset.class, "dataset", data);
		AgreementReport report;
		try {
			report = AgreementRunner.run(network, dataset, until);
		} catch (TrainingException e) {
			throw new CommandFailure(file + ":" + (e.getLine() > 0 ? e.getLine() : network.getLine()) + ": error: " + e.getMessage(), e);
		}
		if (out == null) {
			PrintWriter stdout = spec.commandLine().getOut();
			report.writeCsv(stdout);
			stdout.flush();
		} else {
			AtomicFileWriter.write(out, report::writeCsv);
		}
		err.println(report.summary());
		err.flush();
		return 0;
	}
}
