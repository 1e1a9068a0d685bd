package org.crnstudio.train;

import java.util.List;

/**
 * A way of training a model on data: in silico (back-propagation, BinaryConnect) or by simulating a training CRN
 * (one_pot, neural_crn). Implementations are registered in {@link TrainingMethods} under {@link #name()}.
 */
public interface TrainingMethod {

	/** The name a training declaration uses: {@code method <name>(...)}. */
	String name();

	/** The options {@code method <name>(...)} accepts (anything else is refused with the list). */
	List<String> optionNames();

	/**
	 * Runs the training. Reports go to the monitor as they are measured; a canceled run returns what it learned
	 * so far with {@link TrainingOutcome#canceled()} set.
	 *
	 * @throws TrainingException for a problem the user can fix (it names the line)
	 */
	TrainingOutcome train(TrainingJob job, TrainingMonitor monitor);
}
