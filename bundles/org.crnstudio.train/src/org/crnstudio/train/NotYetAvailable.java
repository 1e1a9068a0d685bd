package org.crnstudio.train;

import java.util.List;

/** A method the language knows whose engine is not in this version: it says so, naming the training's line. */
final class NotYetAvailable implements TrainingMethod {

	private final String name;

	NotYetAvailable(String name) {
		this.name = name;
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public List<String> optionNames() {
		return org.crnstudio.lang.options.KnownOptions.TRAINING_METHODS.getOrDefault(name, List.of()).stream()
				.map(org.crnstudio.lang.options.OptionSpec::name).toList();
	}

	@Override
	public TrainingOutcome train(TrainingJob job, TrainingMonitor monitor) {
		throw new TrainingException("training method " + name + " is not available yet in this version of crn; available now: "
				+ String.join(", ", TrainingMethods.available()), job.line());
	}
}
