package org.crnstudio.compile.fixedpoint;

import java.util.ArrayList;
import java.util.List;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.compile.CompilationOptions;
import org.crnstudio.compile.NetworkBuilder;
import org.crnstudio.compile.NetworkCompiler;
import org.crnstudio.compile.nn.DenseLayer;
import org.crnstudio.compile.nn.DenseNetwork;
import org.crnstudio.compile.nn.OutputNames;
import org.crnstudio.model.Construction;
import org.crnstudio.model.Declaration;
import org.crnstudio.model.PortKind;
import org.crnstudio.model.Provenance;
import org.crnstudio.model.ProvenanceKind;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;
import org.crnstudio.model.SpeciesRole;

/**
 * The fixed-point construction of seeds 000/001 (constructions.md section 1): every node X of the network is a
 * dynamic species whose mass-action ODE {@code dx/dt = h + (b + sum_i w_i x_i) x - (q-1) x^q} has the node's
 * activation as its unique positive fixed point. Inputs, weights, biases and H are catalysts.
 */
public final class FixedPointCompiler implements NetworkCompiler {

	private static final String CONSTRUCTION = "fixed_point";

	@Override
	public void compile(Declaration source, CompilationOptions options, ReactionNetwork target) {
		FixedPointOptions settings = FixedPointOptions.read(options);
		build(DenseNetwork.of(source, CONSTRUCTION), settings, new NetworkBuilder(target, Construction.FIXED_POINT));
	}

	/** Adds the forward CRN of {@code network} to {@code builder}; returns its input and node species. */
	public CompiledNodes build(DenseNetwork network, FixedPointOptions options, NetworkBuilder builder) {
		List<NodeActivation> activations = network.layers().stream().map(layer -> NodeActivation.of(layer, network.name())).toList();
		NodeWriter writer = new NodeWriter(builder, options, network.name(), network.line());
		List<Species> inputs = new ArrayList<>();
		for (int i = 0; i < network.inputs().size(); i++) {
			String name = network.inputs().get(i);
			Species input = writer.create(FixedPointNames.input(name), 0, SpeciesRole.INPUT,
					provenance(builder, ProvenanceKind.INPUT, null, -1, i, "input", "input " + name + " (catalyst, single rail)"));
			builder.port(name, PortKind.INPUT, input, null);
			inputs.add(input);
		}
		boolean oneH = activations.stream().mapToDouble(NodeActivation::h).distinct().count() == 1;
		List<Species[]> nodes = new ArrayList<>();
		List<Species> previous = inputs;
		for (DenseLayer layer : network.layers()) {
			NodeActivation activation = activations.get(layer.index());
			Species[] layerNodes = new Species[layer.units()];
			for (int unit = 0; unit < layer.units(); unit++) {
				layerNodes[unit] = writer.createNode(layer, unit, network.isOutput(layer));
			}
			for (int unit = 0; unit < layer.units(); unit++) {
				Species h = options.sharedH()
						? writer.smoothing(oneH ? FixedPointNames.sharedH() : FixedPointNames.layerH(layer.name()), activation.h(),
								oneH ? null : layer.name(), -1)
						: writer.smoothing(FixedPointNames.nodeH(layer.name(), unit), activation.h(), layer.name(), unit);
				writer.writeNode(layer, unit, layerNodes[unit], previous, h, activation.q());
			}
			nodes.add(layerNodes);
			previous = List.of(layerNodes);
		}
		List<String> observables = OutputNames.of(network.outputLayer());
		Species[] outputs = nodes.get(nodes.size() - 1);
		for (int unit = 0; unit < outputs.length; unit++) {
			String name = observables.get(unit);
			if (builder.existing(name) != null) {
				throw new CompilationException("output " + name + " of " + network.name() + " has the name of a species; rename layer "
						+ network.outputLayer().name(), network.outputLayer().line());
			}
			builder.observable(name, builder.railDifference(outputs[unit], null), provenance(builder, ProvenanceKind.OUTPUT,
					network.outputLayer().name(), unit, -1, "output", "output " + name + " = " + outputs[unit].getName()));
		}
		return new CompiledNodes(inputs, nodes);
	}

	static Provenance provenance(NetworkBuilder builder, ProvenanceKind kind, String layer, int unit, int source, String stage,
			String description) {
		Provenance provenance = builder.provenance(kind, layer, unit, source, description);
		provenance.setStage(stage);
		return provenance;
	}
}
