package org.crnstudio.train;

import java.nio.file.Path;

import org.crnstudio.model.Declaration;
import org.crnstudio.model.NeuralNetwork;
import org.crnstudio.model.OdeModel;
import org.crnstudio.model.Training;

/**
 * Everything a {@link TrainingMethod} needs, resolved by {@link TrainingRunner}: the declaration, the model to
 * train (a {@link NeuralNetwork} or an {@link OdeModel}), the data split, the method's options, the seed (every
 * random choice derives from it), the length (iterations, or epochs; 0 when not given) and the .crn file that
 * messages name.
 */
public record TrainingJob(Training declaration, Declaration model, DataSplit data, MethodOptions options, long seed,
		int iterations, int epochs, Path sourceFile) {

	/** The model as a neural network, or a {@link TrainingException} saying the method needs one. */
	public NeuralNetwork neuralNetwork() {
		if (model instanceof NeuralNetwork network) {
			return network;
		}
		throw new TrainingException("training method " + options.method() + " trains an nn, but " + model.getName()
				+ " is not one", line());
	}

	/** The model as a polynomial ODE model, or a {@link TrainingException} saying the method needs one. */
	public OdeModel odeModel() {
		if (model instanceof OdeModel ode) {
			return ode;
		}
		throw new TrainingException("training method " + options.method() + " trains an ode, but " + model.getName()
				+ " is not one", line());
	}

	/** The training's source line, for messages. */
	public int line() {
		return declaration == null ? 0 : declaration.getLine();
	}

	/** Name of the declaration a trained model is written under: {@code <Model>Trained}. */
	public String trainedName() {
		return model.getName() + "Trained";
	}
}
