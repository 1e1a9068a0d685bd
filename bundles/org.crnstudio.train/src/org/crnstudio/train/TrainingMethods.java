package org.crnstudio.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The training methods by name, in the order the documentation lists them. */
public final class TrainingMethods {

	private static final Map<String, TrainingMethod> METHODS = new LinkedHashMap<>();

	static {
		register(new org.crnstudio.train.onepot.OnePotMethod());
		register(new org.crnstudio.train.neuralcrn.NeuralCrnMethod());
		register(new org.crnstudio.train.insilico.BackpropMethod());
		register(new org.crnstudio.train.insilico.BinaryConnectMethod());
	}

	private TrainingMethods() {
	}

	private static void register(TrainingMethod method) {
		METHODS.put(method.name(), method);
	}

	/** Every method name the language accepts. */
	public static List<String> names() {
		return List.copyOf(METHODS.keySet());
	}

	public static Optional<TrainingMethod> find(String name) {
		return Optional.ofNullable(METHODS.get(name));
	}

	/** The method of that name, or a {@link TrainingException} at {@code line} listing the valid ones. */
	public static TrainingMethod require(String name, int line) {
		return find(name).orElseThrow(() -> new TrainingException("unknown training method '" + name
				+ "': valid methods are " + String.join(", ", names()), line));
	}
}
