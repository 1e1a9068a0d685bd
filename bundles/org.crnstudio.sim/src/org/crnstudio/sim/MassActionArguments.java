package org.crnstudio.sim;

import org.hipparchus.ode.EquationsMapper;

/**
 * What an integrator of its own mass-action system accepts (BDF, Rodas4, the lean Dormand-Prince path): forward
 * time only, and exactly the system's dynamic species, since their stages evaluate the system directly (secondary
 * equations would silently stand still). Held once so the three say the same thing.
 */
final class MassActionArguments {

    private MassActionArguments() {
    }

    /** Checks Hipparchus' equations and times for the method's integrate. */
    static void checkEquations(String method, int dimension, double start, double end, EquationsMapper mapper) {
        checkForward(method, start, end);
        if (mapper.getNumberOfEquations() != 1 || mapper.getTotalDimension() != dimension) {
            throw new IllegalArgumentException(method + " integrates the " + dimension + " dynamic species of its"
                    + " mass-action system only, but was given " + mapper.getNumberOfEquations() + " sets of"
                    + " equations of total dimension " + mapper.getTotalDimension());
        }
    }

    /** Checks the state and times of a lean, in-place integration. */
    static void checkInPlace(String method, int dimension, double start, double end, double[] state) {
        checkForward(method, start, end);
        if (state.length != dimension) {
            throw new IllegalArgumentException(method + " integrates the " + dimension + " dynamic species of its"
                    + " mass-action system, but was given a state of " + state.length);
        }
    }

    private static void checkForward(String method, double start, double end) {
        if (!(end > start)) {
            throw new IllegalArgumentException("the " + method + " integrator only integrates forward in time, but was"
                    + " asked to go from t = " + start + " to t = " + end);
        }
    }
}
