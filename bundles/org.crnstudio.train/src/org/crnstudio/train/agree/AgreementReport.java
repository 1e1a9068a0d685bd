package org.crnstudio.train.agree;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.crnstudio.io.NumberText;

/** The agreement of a compiled CRN with its neural network over a data set: per sample, and summed up. */
public record AgreementReport(String crnName, String datasetName, List<String> outputNames,
		List<SampleAgreement> samples, double endTime, double seconds) {

	public int agreeing() {
		return (int) samples.stream().filter(SampleAgreement::agrees).count();
	}

	public double networkAccuracy() {
		return accuracy(true);
	}

	public double crnAccuracy() {
		return accuracy(false);
	}

	public double maxDifference() {
		return samples.stream().mapToDouble(SampleAgreement::maxDifference).max().orElse(0);
	}

	/** One line: agreement, both accuracies, the largest output difference, time to decision, run time. */
	public String summary() {
		double[] times = samples.stream().mapToDouble(SampleAgreement::decisionTime).sorted().toArray();
		String accuracies = Double.isNaN(networkAccuracy()) ? ""
				: String.format(Locale.ROOT, "; accuracy: network %.2f%%, CRN %.2f%%", 100 * networkAccuracy(), 100 * crnAccuracy());
		return String.format(Locale.ROOT,
				"%s on %s: CRN argmax = network argmax on %d/%d samples (%.2f%%)%s; max |CRN - network| = %.3g at t = %s; "
						+ "time to decision median %.3g, max %.3g; %.2f s",
				crnName, datasetName, agreeing(), samples.size(), 100.0 * agreeing() / samples.size(), accuracies,
				maxDifference(), NumberText.of(endTime), times.length == 0 ? 0 : times[times.length / 2],
				times.length == 0 ? 0 : times[times.length - 1], seconds);
	}

	/** The CSV: one row per sample. */
	public void writeCsv(Writer writer) throws IOException {
		StringBuilder line = new StringBuilder("sample,target_class,network_class,crn_class,agree,max_abs_difference,decision_time");
		for (String name : outputNames) {
			line.append(",network_").append(name);
		}
		for (String name : outputNames) {
			line.append(",crn_").append(name);
		}
		writer.write(line.append('\n').toString());
		for (SampleAgreement s : samples) {
			line.setLength(0);
			line.append(s.sample()).append(',').append(s.targetClass() < 0 ? "" : Integer.toString(s.targetClass()))
					.append(',').append(s.networkClass()).append(',').append(s.crnClass()).append(',')
					.append(s.agrees() ? 1 : 0).append(',').append(NumberText.of(s.maxDifference())).append(',')
					.append(NumberText.of(s.decisionTime()));
			Arrays.stream(s.networkOutputs()).forEach(v -> line.append(',').append(NumberText.of(v)));
			Arrays.stream(s.crnOutputs()).forEach(v -> line.append(',').append(NumberText.of(v)));
			writer.write(line.append('\n').toString());
		}
		writer.flush();
	}

	private double accuracy(boolean network) {
		if (samples.isEmpty() || samples.get(0).targetClass() < 0) {
			return Double.NaN;
		}
		long correct = samples.stream().filter(s -> (network ? s.networkClass() : s.crnClass()) == s.targetClass()).count();
		return (double) correct / samples.size();
	}
}
