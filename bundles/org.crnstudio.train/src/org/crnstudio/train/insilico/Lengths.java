package org.crnstudio.train.insilico;

import org.crnstudio.train.TrainingException;
import org.crnstudio.train.TrainingJob;

/** How many updates a training makes: {@code iterations N}, or {@code epochs N} times the batches per pass. */
final class Lengths {

	private Lengths() {
	}

	static int iterations(TrainingJob job, int batchesPerPass) {
		if (job.iterations() > 0) {
			return job.iterations();
		}
		if (job.epochs() > 0) {
			return Math.multiplyExact(job.epochs(), batchesPerPass);
		}
		throw new TrainingException("training " + job.declaration().getName() + " has no length: write 'iterations N' or 'epochs N'",
				job.line());
	}
}
