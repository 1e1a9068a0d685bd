package org.crnstudio.sim;

import org.hipparchus.ode.sampling.ODEStateInterpolator;

/**
 * Records rows exactly at the output times t_i = i * T / N (times computed from i, never accumulated): within an
 * integration segment from the integrator's dense output, at a segment boundary after the changes made there (a
 * {@code set} at time T shows in the row at T), and a last row at the stop time when the run stops between output
 * times.
 */
final class OutputSampler {

    private final SeriesRecorder recorder;
    private final double endTime;
    private final int intervals;
    /** Output times within this distance of a time count as reached (the last step ends at T up to round-off). */
    private final double slack;
    private int next;
    private double segmentEnd = Double.POSITIVE_INFINITY;
    private double lastRecorded = Double.NEGATIVE_INFINITY;

    OutputSampler(SeriesRecorder recorder, double endTime, int intervals) {
        this.recorder = recorder;
        this.endTime = endTime;
        this.intervals = intervals;
        this.slack = 1e-12 * endTime;
    }

    /** The segment being integrated ends at this time: its rows there are recorded after the boundary's changes. */
    void segmentEndsAt(double time) {
        segmentEnd = time;
    }

    /** Rows inside the step, before the segment's end, from the step's dense output. */
    void handleStep(ODEStateInterpolator interpolator) {
        double reached = Math.min(interpolator.getCurrentState().getTime() + slack, segmentEnd - slack);
        while (next <= intervals && outputTime(next) <= reached) {
            double time = outputTime(next);
            double[] state = time >= interpolator.getCurrentState().getTime()
                    ? interpolator.getCurrentState().getPrimaryState()
                    : interpolator.getInterpolatedState(time).getPrimaryState();
            record(time, state);
            next++;
        }
    }

    /** Every row due up to time (inclusive), all with this state (the state at a boundary). */
    void recordUpTo(double time, double[] state) {
        while (next <= intervals && outputTime(next) <= time + slack) {
            record(outputTime(next++), state);
        }
    }

    /** Every row due before time (exclusive), all with this state (nothing moves). */
    void recordBefore(double time, double[] state) {
        while (next <= intervals && outputTime(next) < time - slack) {
            record(outputTime(next++), state);
        }
    }

    /** Records a last row at the stop time if it is after the last row. */
    void recordFinal(double time, double[] state) {
        if (time > lastRecorded + slack) {
            record(time, state);
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
