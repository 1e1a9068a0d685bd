package org.crnstudio.train.insilico;

import java.util.Random;

/** Mini-batches drawn without replacement: a seeded shuffle of the samples, reshuffled after each full pass. */
final class Batches {

	private final Random random;
	private final int[] order;
	private int next;

	Batches(int samples, Random random) {
		this.random = random;
		this.order = new int[samples];
		for (int i = 0; i < samples; i++) {
			order[i] = i;
		}
		shuffle();
	}

	/** The next batch of at most {@code size} sample indices; a pass ends with a shorter batch if need be. */
	int[] next(int size) {
		if (next == order.length) {
			shuffle();
			next = 0;
		}
		int count = Math.min(size, order.length - next);
		int[] batch = new int[count];
		System.arraycopy(order, next, batch, 0, count);
		next += count;
		return batch;
	}

	/** Batches per full pass. */
	static int perPass(int samples, int size) {
		return (samples + size - 1) / size;
	}

	private void shuffle() {
		for (int i = order.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = order[i];
			order[i] = order[j];
			order[j] = swap;
		}
	}
}
