package org.crnstudio.train;

import java.util.List;

import org.crnstudio.lang.options.KnownOptions;
import org.crnstudio.lang.options.OptionSpec;

/**
 * A way of training a model on data: in silico (back-propagation, BinaryConnect) or by simulating a training CRN
 * (one_pot, neural_crn). Implementations are registered in {@link TrainingMethods} under {@link #name()}.
 */
public interface TrainingMethod {

	/** The name a training declaration uses: {@code method <name>(...)}. */
	String name();

	/**
	 * The options {@code method <name>(...)} accepts (anything else is refused with the list): those the language
	 * documents for it ({@link KnownOptions#TRAINING_METHODS}), which the editor's validation and completion use too.
	 */
	default List<String> optionNames() {
		return KnownOptions.TRAINING_METHODS.get(name()).stream().map(OptionSpec::name).toList();
	}

	/**
	 * Runs the training. Reports go to the monitor as they are measured; a canceled run returns what it learned
	 * so far with {@link TrainingOutcome#canceled()} set.
	 *
	 * @throws TrainingException for a problem the user can fix (it names the line)
	 */
	TrainingOutcome train(TrainingJob job, TrainingMonitor monitor);
}
