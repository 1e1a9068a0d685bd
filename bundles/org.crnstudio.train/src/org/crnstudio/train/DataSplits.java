package org.crnstudio.train;

import java.util.Random;

import org.crnstudio.model.Training;

/**
 * Splits a data set's rows into training and validation samples. Without a {@code split} clause every row trains
 * and none validates, in file order. With {@code split N / M} the rows are shuffled (Fisher-Yates with
 * {@code java.util.Random(seed)}, the training's seed) and the first N train, the next M validate.
 */
final class DataSplits {

	private DataSplits() {
	}

	static DataSplit split(double[][] inputs, double[][] targets, Training training) {
		int train = training.getTrainCount();
		int validation = training.getValidationCount();
		if (train == 0 && validation == 0) {
			return new DataSplit(inputs, targets, new double[0][], new double[0][]);
		}
		if (train < 1 || validation < 0 || train + validation > inputs.length) {
			throw new TrainingException("training " + training.getName() + ": split " + train + " / " + validation
					+ " needs " + (train + validation) + " rows, but dataset " + training.getDataset().getName() + " has "
					+ inputs.length + " (choose N >= 1 and N + M <= " + inputs.length + ")", training.getLine());
		}
		int[] order = shuffled(inputs.length, training.getSeed());
		double[][] trainInputs = new double[train][];
		double[][] trainTargets = new double[train][];
		double[][] validationInputs = new double[validation][];
		double[][] validationTargets = new double[validation][];
		for (int i = 0; i < train; i++) {
			trainInputs[i] = inputs[order[i]];
			trainTargets[i] = targets[order[i]];
		}
		for (int i = 0; i < validation; i++) {
			validationInputs[i] = inputs[order[train + i]];
			validationTargets[i] = targets[order[train + i]];
		}
		return new DataSplit(trainInputs, trainTargets, validationInputs, validationTargets);
	}

	static int[] shuffled(int size, long seed) {
		int[] order = new int[size];
		for (int i = 0; i < size; i++) {
			order[i] = i;
		}
		Random random = new Random(seed);
		for (int i = size - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = order[i];
			order[i] = order[j];
			order[j] = swap;
		}
		return order;
	}
}
