package org.crnstudio.sim;

import org.hipparchus.ode.OrdinaryDifferentialEquation;

/** The compiled system as Hipparchus sees it; Hipparchus keeps each derivative array, so each call returns a new one. */
final class MassActionOde implements OrdinaryDifferentialEquation {

    private final MassActionSystem system;
    private long evaluations;

    MassActionOde(MassActionSystem system) {
        this.system = system;
    }

    @Override
    public int getDimension() {
        return system.dimension();
    }

    @Override
    public double[] computeDerivatives(double t, double[] y) {
        evaluations++;
        double[] derivatives = new double[y.length];
        system.derivatives(y, derivatives);
        return derivatives;
    }

    long evaluations() {
        return evaluations;
    }
}
