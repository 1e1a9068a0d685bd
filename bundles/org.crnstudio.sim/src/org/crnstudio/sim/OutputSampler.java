package org.crnstudio.sim;

import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;

/**
 * Records rows exactly at the output times t_i = i * T / N from the integrator's dense output (times computed
 * from i, never accumulated), and a last row at the stop time when the run stops between output times.
 */
final class OutputSampler implements ODEStepHandler {

    private final SeriesRecorder recorder;
    private final double endTime;
    private final int intervals;
    /** Output times within this distance of a step's end count as reached (the last step ends at T up to round-off). */
    private final double slack;
    private int next;
    private double lastRecorded = Double.NEGATIVE_INFINITY;

    OutputSampler(SeriesRecorder recorder, double endTime, int intervals) {
        this.recorder = recorder;
        this.endTime = endTime;
        this.intervals = intervals;
        this.slack = 1e-12 * endTime;
    }

    @Override
    public void init(ODEStateAndDerivative initialState, double finalTime) {
        next = 0;
        recordDue(initialState.getTime(), null, initialState);
    }

    @Override
    public void handleStep(ODEStateInterpolator interpolator) {
        recordDue(interpolator.getCurrentState().getTime(), interpolator, interpolator.getCurrentState());
    }

    @Override
    public void finish(ODEStateAndDerivative finalState) {
        recordFinal(finalState.getTime(), finalState.getPrimaryState());
    }

    /** Records a last row at the stop time if it is after the last row. */
    void recordFinal(double time, double[] state) {
        if (time > lastRecorded + slack) {
            record(time, state);
        }
    }

    /** Records every output time up to time with the same state (a system in which nothing changes). */
    void recordConstantUntil(double time, double[] state) {
        while (next <= intervals && outputTime(next) <= time + slack) {
            record(outputTime(next++), state);
        }
    }

    private void recordDue(double reached, ODEStateInterpolator interpolator, ODEStateAndDerivative current) {
        while (next <= intervals && outputTime(next) <= reached + slack) {
            double time = outputTime(next);
            double[] state = interpolator == null || time >= current.getTime() ? current.getPrimaryState()
                    : interpolator.getInterpolatedState(time).getPrimaryState();
            record(time, state);
            next++;
        }
    }

    private void record(double time, double[] state) {
        recorder.record(time, state);
        lastRecorded = time;
    }

    private double outputTime(int index) {
        return index == intervals ? endTime : endTime * index / intervals;
    }
}
