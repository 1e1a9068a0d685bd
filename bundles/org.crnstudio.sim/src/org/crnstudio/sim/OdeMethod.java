package org.crnstudio.sim;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The integrators {@code method ode} offers, by the word {@code ode(method = ...)} takes. AUTO picks between
 * the default non-stiff and the default stiff method from the network (see {@link IntegratorFactory}).
 */
public enum OdeMethod {
    /** Let the factory decide: stiff when the network's fastest rate times the horizon is large. */
    AUTO("auto", false),
    /** Hipparchus' Dormand-Prince 8(5,3), explicit: the default non-stiff method. */
    DORMAND_PRINCE("dormand_prince", false),
    /** Hipparchus' Dormand-Prince 5(4), explicit: cheaper steps for loose tolerances. */
    DORMAND_PRINCE_54("dormand_prince54", false),
    /** Hipparchus' Gragg-Bulirsch-Stoer extrapolation, explicit: for very tight tolerances on smooth problems. */
    GRAGG_BULIRSCH_STOER("gragg_bulirsch_stoer", false),
    /** Rodas4, a stiffly accurate L-stable Rosenbrock method of order 4 with a sparse LU: the method of ode(stiff). */
    RODAS4("rosenbrock", true),
    /** The Rosenbrock 2(3) pair of Shampine and Reichelt (MATLAB's ode23s): cheap steps for loose tolerances. */
    ROS23("ros23", true),
    /** Variable-order (1-5) BDF with modified Newton and a reused iteration matrix, as CVODE: AUTO's stiff method. */
    BDF("bdf", true);

    private final String word;
    private final boolean stiff;

    OdeMethod(String word, boolean stiff) {
        this.word = word;
        this.stiff = stiff;
    }

    /** The word of {@code ode(method = word)}. */
    public String word() {
        return word;
    }

    /** Whether the method is implicit (linearly implicit) and suits stiff networks. */
    public boolean isStiff() {
        return stiff;
    }

    public static Optional<OdeMethod> ofWord(String word) {
        return Arrays.stream(values()).filter(method -> method.word.equals(word)).findFirst();
    }

    /** Every word, in declaration order. */
    public static List<String> words() {
        return Arrays.stream(values()).map(OdeMethod::word).toList();
    }
}
