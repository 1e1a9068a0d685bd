package org.crnstudio.train.onepot;

import java.util.Random;

/**
 * Which training sample each period presents: the training set in passes, each pass a fresh permutation drawn
 * with a {@link Random} seeded with the training's seed (Fisher-Yates), so every sample is seen equally often and
 * the same seed gives the same sequence.
 */
public final class SampleOrder {

	private final Random random;
	private final int[] order;
	private int next;

	public SampleOrder(int samples, long seed) {
		if (samples < 1) {
			throw new IllegalArgumentException("no training samples");
		}
		this.random = new Random(seed);
		this.order = new int[samples];
		for (int i = 0; i < samples; i++) {
			order[i] = i;
		}
		this.next = samples;
	}

	public int next() {
		if (next == order.length) {
			shuffle();
			next = 0;
		}
		return order[next++];
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
