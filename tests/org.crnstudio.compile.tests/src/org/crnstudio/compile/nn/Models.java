package org.crnstudio.compile.nn;

import java.util.Random;

import org.crnstudio.compile.CrnCompiler;
import org.crnstudio.model.Activation;
import org.crnstudio.model.ActivationKind;
import org.crnstudio.model.Compilation;
import org.crnstudio.model.Construction;
import org.crnstudio.model.CrnFactory;
import org.crnstudio.model.Layer;
import org.crnstudio.model.Matrix;
import org.crnstudio.model.MatrixRow;
import org.crnstudio.model.NetworkInput;
import org.crnstudio.model.NeuralNetwork;
import org.crnstudio.model.Option;
import org.crnstudio.model.ReactionNetwork;

/** Test fixture: neural networks and compilations built in code, as the language would read them. */
public final class Models {

	private static final CrnFactory FACTORY = CrnFactory.eINSTANCE;

	private Models() {
	}

	public static NnBuilder nn(String name) {
		return new NnBuilder(name);
	}

	public static Activation activation(ActivationKind kind) {
		Activation activation = FACTORY.createActivation();
		activation.setKind(kind);
		return activation;
	}

	public static Activation smoothRelu(double h) {
		Activation activation = activation(ActivationKind.SMOOTH_RELU);
		activation.setH(h);
		return activation;
	}

	public static Activation polyRelu(double h, double q) {
		Activation activation = activation(ActivationKind.POLY_RELU);
		activation.setH(h);
		activation.setQ(q);
		return activation;
	}

	public static double[][] random(Random random, int rows, int columns, double scale) {
		double[][] matrix = new double[rows][columns];
		for (double[] row : matrix) {
			for (int c = 0; c < columns; c++) {
				row[c] = scale * (2 * random.nextDouble() - 1);
			}
		}
		return matrix;
	}

	public static double[][] randomSigns(Random random, int rows, int columns) {
		double[][] matrix = new double[rows][columns];
		for (double[] row : matrix) {
			for (int c = 0; c < columns; c++) {
				row[c] = random.nextBoolean() ? 1 : -1;
			}
		}
		return matrix;
	}

	/** An option as the language reads {@code name = literal}. */
	public static Option option(String name, String literal) {
		Option option = FACTORY.createOption();
		option.setName(name);
		option.setLiteral(literal);
		option.setLine(3);
		switch (literal) {
		case "true" -> option.setValue(1);
		case "false" -> option.setValue(0);
		default -> {
			try {
				option.setValue(Double.parseDouble(literal));
			} catch (NumberFormatException word) {
				option.setValue(0);
			}
		}
		}
		return option;
	}

	/** {@code crn <net>Crn = compile net with construction(options)}, compiled through {@link CrnCompiler}. */
	public static ReactionNetwork compile(NeuralNetwork net, Construction construction, Option... options) {
		ReactionNetwork network = FACTORY.createReactionNetwork();
		network.setName(net.getName() + "Crn");
		Compilation compilation = FACTORY.createCompilation();
		compilation.setConstruction(construction);
		compilation.setSource(net);
		compilation.setLine(3);
		for (Option option : options) {
			compilation.getOptions().add(option);
		}
		network.setCompilation(compilation);
		new CrnCompiler().compile(network);
		return network;
	}

	public static final class NnBuilder {

		private final NeuralNetwork network = FACTORY.createNeuralNetwork();

		NnBuilder(String name) {
			network.setName(name);
			network.setLine(1);
		}

		public NnBuilder input(String... names) {
			for (String name : names) {
				NetworkInput input = FACTORY.createNetworkInput();
				input.setName(name);
				network.getInputs().add(input);
			}
			return this;
		}

		public NnBuilder layer(String name, ActivationKind kind, double[][] weights) {
			return layer(name, activation(kind), weights, null);
		}

		public NnBuilder layer(String name, Activation activation, double[][] weights, double[] bias) {
			Layer layer = FACTORY.createLayer();
			layer.setName(name);
			layer.setLine(10 + network.getLayers().size());
			layer.setActivation(activation);
			layer.setUnits(weights == null ? 1 : weights.length);
			if (weights != null) {
				Matrix matrix = FACTORY.createMatrix();
				for (double[] values : weights) {
					MatrixRow row = FACTORY.createMatrixRow();
					for (double value : values) {
						row.getValues().add(value);
					}
					matrix.getRows().add(row);
				}
				layer.setWeights(matrix);
			}
			if (bias != null) {
				for (double value : bias) {
					layer.getBias().add(value);
				}
			}
			network.getLayers().add(layer);
			return this;
		}

		public NeuralNetwork build() {
			return network;
		}
	}
}
