package org.crnstudio.train.insilico;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.crnstudio.train.DataSplit;
import org.junit.jupiter.api.Test;

/** binary_connect's centring: the folded network on raw inputs computes what the trained one does on centred inputs. */
class InputCentringTest {

	@Test
	void foldedBiasesReproduceTheCentredNetworkOnRawInputs() {
		Random random = new Random(5);
		double[][] raw = new double[20][4];
		for (double[] row : raw) {
			for (int i = 0; i < row.length; i++) {
				row[i] = 1 + 7 * random.nextDouble();
			}
		}
		InputCentring centring = InputCentring.of(raw);
		// the mean by hand, column by column
		for (int i = 0; i < 4; i++) {
			double sum = 0;
			for (double[] row : raw) {
				sum += row[i];
			}
			assertEquals(sum / raw.length, centring.mean()[i], 1e-12);
		}
		DataSplit centred = centring.centred(new DataSplit(raw, new double[20][3], new double[0][], new double[0][]));
		NetworkParameters trained = BinaryWeightNetwork.binarized(new NetworkParameters(
				List.of(random(8, 4, random), random(3, 8, random)), List.of(randomVector(8, random), randomVector(3, random))));
		NetworkParameters folded = centring.folded(trained);
		for (int n = 0; n < raw.length; n++) {
			assertArrayEquals(BinaryWeightNetwork.outputs(trained, centred.trainInputs()[n]), BinaryWeightNetwork.outputs(folded, raw[n]),
					1e-12);
		}
		// weights untouched (+1/-1), later layers' biases untouched
		assertEquals(trained.weights().get(0)[3][2], folded.weights().get(0)[3][2]);
		assertArrayEquals(trained.biases().get(1), folded.biases().get(1));
	}

	@Test
	void theLearningRateDecaysGeometricallyFromEtaToEtaFinal() {
		assertEquals(0.01, BinaryConnectMethod.decayed(0.01, 0.0001, 0, 101), 1e-15);
		assertEquals(0.001, BinaryConnectMethod.decayed(0.01, 0.0001, 50, 101), 1e-15);
		assertEquals(0.0001, BinaryConnectMethod.decayed(0.01, 0.0001, 100, 101), 1e-15);
		assertEquals(0.01, BinaryConnectMethod.decayed(0.01, 0.01, 70, 101));
	}

	private static double[][] random(int rows, int columns, Random random) {
		double[][] m = new double[rows][columns];
		for (double[] row : m) {
			for (int i = 0; i < columns; i++) {
				row[i] = 2 * random.nextDouble() - 1;
			}
		}
		return m;
	}

	private static double[] randomVector(int size, Random random) {
		double[] v = new double[size];
		for (int i = 0; i < size; i++) {
			v[i] = 3 * random.nextGaussian();
		}
		return v;
	}
}
