package org.crnstudio.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crnstudio.compile.CrnCompiler;
import org.crnstudio.lang.load.CrnLoader;
import org.crnstudio.lang.load.LoadedFile;
import org.crnstudio.model.Dataset;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.train.agree.AgreementReport;
import org.crnstudio.train.agree.AgreementRunner;

/**
 * {@code crn agree FILE --crn NAME --data DATA}: the CRN simulated on every sample of the data set (in parallel) and
 * compared with its network. The file is loaded and the CRN compiled in {@link #prepare()}; a run is the agreement
 * report alone. Output sizes: samples, samples whose argmax agrees, reactions of the CRN.
 *
 * @param file a .crn file, relative to the repository root ({@code ./bench} passes it as {@code crnstudio.root})
 */
public record AgreementBenchmark(String name, String description, Path file, String crn, String dataset) implements Benchmark {

	/** The repository root: the system property {@code crnstudio.root}, else the working directory. */
	static Path root() {
		return Path.of(System.getProperty("crnstudio.root", "")).toAbsolutePath();
	}

	@Override
	public Operation prepare() {
		Path path = root().resolve(file);
		if (!Files.isRegularFile(path)) {
			throw new IllegalArgumentException(name + ": no file " + path + " (run ./bench from the repository, or set -Dcrnstudio.root)");
		}
		LoadedFile loaded;
		try {
			loaded = new CrnLoader().load(path);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (loaded.hasErrors()) {
			throw new IllegalArgumentException(name + ": " + path + " has errors: " + loaded.diagnostics());
		}
		ReactionNetwork network = loaded.find(ReactionNetwork.class, crn)
				.orElseThrow(() -> new IllegalArgumentException(name + ": no crn " + crn + " in " + path));
		Dataset data = loaded.find(Dataset.class, dataset)
				.orElseThrow(() -> new IllegalArgumentException(name + ": no dataset " + dataset + " in " + path));
		new CrnCompiler().ensureCompiled(network);
		return new Operation() {
			@Override
			public Object run() {
				return AgreementRunner.run(network, data, AgreementRunner.DEFAULT_END_TIME);
			}

			@Override
			public List<OutputCount> sizeOf(Object result) {
				AgreementReport report = (AgreementReport) result;
				return List.of(new OutputCount("samples", report.samples().size()),
						new OutputCount("agreeing samples", report.agreeing()),
						new OutputCount("reactions", network.getReactions().size()));
			}
		};
	}
}
