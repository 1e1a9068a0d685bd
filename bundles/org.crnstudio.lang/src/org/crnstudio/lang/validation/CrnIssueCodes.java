package org.crnstudio.lang.validation;

/**
 * Issue codes of every problem the language reports, with the layout of the issue data a quick fix can use.
 * Codes are stable strings: editors and the command line key on them.
 */
public final class CrnIssueCodes {

	private static final String PREFIX = "org.crnstudio.lang.";

	// ---- names

	/** Species used in a reaction but not declared. Data: [name, "species", crn name]. */
	public static final String UNDECLARED_SPECIES = PREFIX + "undeclaredSpecies";
	/** Rate refers to an undeclared parameter. Data: [name, "parameter", crn name]. */
	public static final String UNDECLARED_PARAMETER = PREFIX + "undeclaredParameter";
	/** Observable or ODE expression names something undeclared. Data: [name, "symbol", enclosing declaration name]. */
	public static final String UNDECLARED_SYMBOL = PREFIX + "undeclaredSymbol";
	/** z' = ... for a z that is not a state. Data: [name, "state", ode name]. */
	public static final String UNKNOWN_STATE = PREFIX + "unknownState";
	/** compile / training names an unknown declaration. Data: [name, expected kind ("model" or "dataset")]. */
	public static final String UNKNOWN_DECLARATION = PREFIX + "unknownDeclaration";
	/** A simulation's network is not declared. Data: [name]. */
	public static final String UNKNOWN_NETWORK = PREFIX + "unknownNetwork";
	/** A reference to a declaration of the wrong kind. Data: [name, its kind, expected kind]. */
	public static final String WRONG_KIND = PREFIX + "wrongKind";
	/** A name declared twice in the same scope. Data: [name, kind]. */
	public static final String DUPLICATE_NAME = PREFIX + "duplicateName";
	/** A simulation's input/set/plot name unknown to its network. Data: [name, "input"|"set"|"plot", valid names...]. */
	public static final String UNKNOWN_SIMULATION_NAME = PREFIX + "unknownSimulationName";

	// ---- reactions

	/** A constant rate that is zero or negative. Data: [value as written by Double.toString]. */
	public static final String NON_POSITIVE_RATE = PREFIX + "nonPositiveRate";
	/** A reaction whose two sides are equal. Data: [reaction as text]. */
	public static final String NO_NET_CHANGE = PREFIX + "noNetChange";
	/** {@code <->} with one rate. Data: []. */
	public static final String MISSING_REVERSE_RATE = PREFIX + "missingReverseRate";
	/** {@code ->} with two rates. Data: []. */
	public static final String UNEXPECTED_REVERSE_RATE = PREFIX + "unexpectedReverseRate";
	/** The empty complex written as a number other than 0. Data: [number]. */
	public static final String EMPTY_COMPLEX = PREFIX + "emptyComplex";
	/** A coefficient of 0. Data: [species]. */
	public static final String ZERO_COEFFICIENT = PREFIX + "zeroCoefficient";
	/** A negative initial concentration or state. Data: [name, value]. */
	public static final String NEGATIVE_INITIAL = PREFIX + "negativeInitial";
	/** An unknown function in an expression. Data: [name, valid functions...]. */
	public static final String UNKNOWN_FUNCTION = PREFIX + "unknownFunction";
	/** A function called with the wrong number of arguments. Data: [name, expected count]. */
	public static final String FUNCTION_ARITY = PREFIX + "functionArity";

	// ---- neural networks

	/** Weight matrix shape does not fit the layer. Data: [layer, units, fan-in, rows found, columns found]. */
	public static final String WEIGHT_SHAPE = PREFIX + "weightShape";
	/** Bias length does not fit the layer. Data: [layer, units, length found]. */
	public static final String BIAS_LENGTH = PREFIX + "biasLength";
	/** A layer with zero units. Data: [layer]. */
	public static final String NO_UNITS = PREFIX + "noUnits";
	/** An nn without inputs or layers. Data: [nn]. */
	public static final String EMPTY_NETWORK = PREFIX + "emptyNetwork";
	/** Unknown activation. Data: [name, valid activations...]. */
	public static final String UNKNOWN_ACTIVATION = PREFIX + "unknownActivation";

	// ---- options, constructions, methods

	/** Unknown option name. Data: [option, owner (activation/construction/method name), valid option names...]. */
	public static final String UNKNOWN_OPTION = PREFIX + "unknownOption";
	/** An option given a value of the wrong kind or range. Data: [option, owner]. */
	public static final String INVALID_OPTION_VALUE = PREFIX + "invalidOptionValue";
	/** An option given twice. Data: [option, owner]. */
	public static final String DUPLICATE_OPTION = PREFIX + "duplicateOption";
	/** Unknown construction. Data: [name, valid constructions...]. */
	public static final String UNKNOWN_CONSTRUCTION = PREFIX + "unknownConstruction";
	/** A construction applied to the wrong kind of model. Data: [construction, source name, source kind, needed kind]. */
	public static final String CONSTRUCTION_MISMATCH = PREFIX + "constructionMismatch";
	/** rate_independent on weights or biases other than +1/-1 without binarize. Data: [crn, nn, "binarize", "true"]. */
	public static final String NOT_BINARY_WEIGHTS = PREFIX + "notBinaryWeights";
	/** rate_independent on a layer with the wrong activation. Data: [nn, layer, activation found, activation needed]. */
	public static final String RATE_INDEPENDENT_ACTIVATION = PREFIX + "rateIndependentActivation";

	/** A layer's activation that fixed_point or one_pot cannot build. Data: construction, nn, layer, found, valid activations joined by ", ". */
	public static final String CONSTRUCTION_ACTIVATION = PREFIX + "constructionActivation";
	/** A construction that needs given weights on a layer without them. Data: [nn, layer]. */
	public static final String MISSING_WEIGHTS = PREFIX + "missingWeights";
	/** Warning: fixed_point / one_pot with h = 0. Data: [nn, layer, "h", "1"]. */
	public static final String ZERO_SMOOTHING = PREFIX + "zeroSmoothing";
	/** A negative input to a single-rail construction. Data: [input, value, construction]. */
	public static final String NEGATIVE_INPUT = PREFIX + "negativeInput";
	/** Unknown simulation or training method. Data: [name, valid methods...]. */
	public static final String UNKNOWN_METHOD = PREFIX + "unknownMethod";
	/** A training method that does not fit the model. Data: [method, model, model kind, fitting method]. */
	public static final String METHOD_MISMATCH = PREFIX + "methodMismatch";
	/** A clock or 'at T phase' names no phase of the network. Data: [phase, valid phases...]. */
	public static final String UNKNOWN_PHASE = PREFIX + "unknownPhase";
	/** A change after the end of the run, a clock with 'until steady' or with 'at T phase'. Data: [what]. */
	public static final String SCHEDULE_CONFLICT = PREFIX + "scheduleConflict";
	/** Warning: a network with phased reactions simulated without a clock or phase change. Data: [first phase]. */
	public static final String NO_PHASE_SCHEDULE = PREFIX + "noPhaseSchedule";

	// ---- ODE models

	/** Warning: a monomial of degree above 2. Data: [state, degree]. */
	public static final String HIGH_DEGREE_MONOMIAL = PREFIX + "highDegreeMonomial";
	/** An ODE right-hand side that is not a polynomial. Data: [state]. */
	public static final String NOT_POLYNOMIAL = PREFIX + "notPolynomial";
	/** A state without an equation. Data: [ode, state]. */
	public static final String MISSING_EQUATION = PREFIX + "missingEquation";
	/** Two equations for one state. Data: [ode, state]. */
	public static final String DUPLICATE_EQUATION = PREFIX + "duplicateEquation";

	// ---- data sets

	/** Data set columns do not match the trained model. Data: [dataset, model, expected inputs joined by ",", expected target count]. */
	public static final String DATASET_MISMATCH = PREFIX + "datasetMismatch";
	/** A row with the wrong number of values. Data: [expected inputs, expected targets]. */
	public static final String ROW_LENGTH = PREFIX + "rowLength";

	/** targets a, b : onehot (onehot encodes exactly one column of class labels). Data: dataset name. */
	public static final String ONEHOT_COLUMNS = PREFIX + "onehotColumns";
	/** A CSV data set that cannot be read. Data: [file, csv line (0: whole file), column or ""]. */
	public static final String CSV_PROBLEM = PREFIX + "csvProblem";
	/** A data set without rows. Data: [dataset]. */
	public static final String EMPTY_DATASET = PREFIX + "emptyDataset";

	// ---- syntax (from the parser and value converters)

	/** A syntax error. Data: []. */
	public static final String SYNTAX = PREFIX + "syntax";

	private CrnIssueCodes() {
	}
}
