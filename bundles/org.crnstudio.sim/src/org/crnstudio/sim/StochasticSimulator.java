package org.crnstudio.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.crnstudio.io.Trajectory;
import org.crnstudio.model.Species;

/**
 * Runs {@code method ssa}: one stochastic trajectory, or an ensemble of independent runs spread over threads.
 * <p>
 * The runs advance together from output time to output time: at each output time every run's counts become
 * concentrations (X / V), the recorded series are read from them per run (observables such as dual-rail differences
 * are evaluated per run), and one row is appended: for one run its values, for an ensemble the mean over the runs
 * under each series' name followed by the sample standard deviation (divisor N - 1) as {@code <name>_sd}. Rows
 * therefore stream to the monitor as soon as all runs have passed their time, and they are the final result (not a
 * preview). Means and deviations are summed in run order, so the numbers do not depend on the number of threads.
 * A canceled run (checked every few thousand events, and every 50 ms while threads work) stops with the rows so far.
 * <p>
 * Timed changes, clocks and phased reactions follow the ODE's rules ({@link ScheduledEvents}): each run applies them
 * at their exact times (see {@link StochasticRun}), a set of concentration c giving round(c V) molecules.
 */
public final class StochasticSimulator {

    /** Suffix of an ensemble's standard-deviation columns. */
    public static final String SD_SUFFIX = "_sd";
    private static final long CANCEL_POLL_MILLIS = 50;

    private final int threads;

    /** A simulator that uses every available processor for ensembles. */
    public StochasticSimulator() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** A simulator that runs an ensemble on at most the given number of threads (1: in the calling thread). */
    public StochasticSimulator(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads + ": at least 1");
        }
        this.threads = threads;
    }

    /** The trajectory's columns after time: the series, then for an ensemble each series' standard deviation. */
    public static List<String> columns(List<String> series, int runs) {
        List<String> columns = new ArrayList<>(series);
        if (runs > 1) {
            series.forEach(name -> columns.add(name + SD_SUFFIX));
        }
        return columns;
    }

    public StochasticResult run(SimulationPlan plan, StochasticOptions options) {
        return run(plan, options, SimulationMonitor.NONE);
    }

    public StochasticResult run(SimulationPlan plan, StochasticOptions options, SimulationMonitor monitor) {
        if (plan.untilSteady()) {
            throw new SimulationException("'until steady' needs the deterministic method ode: a stochastic run keeps"
                    + " fluctuating; write 'until T' with method ssa", plan.line());
        }
        if (plan.noise() != null) {
            int line = plan.noise().line() > 0 ? plan.noise().line() : plan.line();
            throw new SimulationException("noise perturbs the deterministic method ode; method ssa is stochastic"
                    + " already: remove the noise, or use method ode", line);
        }
        long start = System.nanoTime();
        StochasticSystem system = StochasticSystem.compile(plan.network(), plan.initialConcentrations(),
                options.volume(), plan.line());
        SeriesEvaluator series = new SeriesEvaluator(plan.recordedSeries(), plan.network(), system.species());
        Trajectory trajectory = new Trajectory(columns(plan.recordedSeries(), options.runs()));
        int workers = Math.min(threads, options.runs());
        Ensemble ensemble = new Ensemble(plan, system, series, options, workers);
        monitor.started(trajectory);
        boolean canceled = false;
        double stopTime = 0;
        try {
            for (int i = 0; i <= plan.outputIntervals(); i++) {
                double time = outputTime(plan, i);
                if (monitor.isCanceled() || !ensemble.advanceTo(time, monitor)) {
                    canceled = true;
                    break;
                }
                trajectory.append(time, ensemble.row());
                stopTime = time;
                monitor.rowAdded(trajectory, trajectory.size() - 1);
            }
        } finally {
            ensemble.close();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String method = String.format(Locale.ROOT, "ssa: %s, volume %s, %d run%s (seed %d, %d thread%s)",
                options.algorithm().description(), shortNumber(options.volume()), options.runs(),
                options.runs() == 1 ? "" : "s", options.seed(), workers, workers == 1 ? "" : "s");
        RunStatistics statistics = RunStatistics.stochastic(method, ensemble.events(), ensemble.leaps(), seconds);
        return new StochasticResult(new SimulationResult(trajectory, names(system.dynamicSpecies()),
                names(system.foldedSpecies()), false, stopTime, canceled, statistics));
    }

    private static String shortNumber(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    /** Output time i of N: i T / N computed from i (never accumulated), the last exactly T. */
    private static double outputTime(SimulationPlan plan, int index) {
        return index == plan.outputIntervals() ? plan.endTime() : plan.endTime() * index / plan.outputIntervals();
    }

    private static List<String> names(List<Species> species) {
        return species.stream().map(Species::getName).toList();
    }

    /** The runs, the values of their series at the last output time, and the threads that advance them. */
    private static final class Ensemble {
        final StochasticSystem system;
        final SeriesEvaluator series;
        final StochasticRun[] runs;
        /** values[run][series] at the output time reached. */
        final double[][] values;
        final double[] row;
        final ExecutorService pool;
        final int workers;
        volatile boolean cancelRequested;

        Ensemble(SimulationPlan plan, StochasticSystem system, SeriesEvaluator series, StochasticOptions options,
                int workers) {
            this.system = system;
            this.series = series;
            this.workers = workers;
            runs = new StochasticRun[options.runs()];
            boolean scheduled = ScheduledEvents.anyIn(plan);
            List<String> speciesNames = names(system.species());
            for (int i = 0; i < runs.length; i++) {
                ScheduledEvents events = scheduled ? new ScheduledEvents(plan, speciesNames) : null;
                runs[i] = StochasticRun.start(options.algorithm(), system, options.seedOfRun(i), options.epsilon(),
                        events);
            }
            values = new double[runs.length][series.seriesCount()];
            row = new double[series.seriesCount() * (runs.length > 1 ? 2 : 1)];
            pool = workers > 1 ? Executors.newFixedThreadPool(workers, task -> {
                Thread thread = new Thread(task, "crn-ssa");
                thread.setDaemon(true);
                return thread;
            }) : null;
        }

        /** Advances every run to time and reads its series; false when canceled first. */
        boolean advanceTo(double time, SimulationMonitor monitor) {
            if (pool == null) {
                return advanceRuns(new AtomicInteger(), time, new double[system.species().size()], monitor::isCanceled);
            }
            AtomicInteger next = new AtomicInteger();
            CountDownLatch done = new CountDownLatch(workers);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            for (int w = 0; w < workers; w++) {
                pool.execute(() -> {
                    try {
                        if (!advanceRuns(next, time, new double[system.species().size()], () -> cancelRequested)) {
                            cancelRequested = true;
                        }
                    } catch (RuntimeException | Error e) {
                        failure.compareAndSet(null, e);
                        cancelRequested = true;
                    } finally {
                        done.countDown();
                    }
                });
            }
            try {
                while (!done.await(CANCEL_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    if (monitor.isCanceled()) {
                        cancelRequested = true;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancelRequested = true;
            }
            Throwable thrown = failure.get();
            if (thrown instanceof RuntimeException runtime) {
                throw runtime;
            } else if (thrown instanceof Error error) {
                throw error;
            }
            return !cancelRequested;
        }

        /** Takes runs from next until none is left: advances each and reads its series. */
        private boolean advanceRuns(AtomicInteger next, double time, double[] concentrations,
                BooleanSupplier canceled) {
            for (int i = next.getAndIncrement(); i < runs.length; i = next.getAndIncrement()) {
                // Checked per run too: many short runs may each stay below a run's own check interval.
                if (canceled.getAsBoolean() || !runs[i].advanceTo(time, canceled)) {
                    return false;
                }
                runs[i].concentrations(concentrations);
                series.evaluate(concentrations, values[i]);
            }
            return true;
        }

        /** The row at the time reached: one run's values, or the ensemble's means then standard deviations. */
        double[] row() {
            int count = series.seriesCount();
            if (runs.length == 1) {
                System.arraycopy(values[0], 0, row, 0, count);
                return row;
            }
            for (int s = 0; s < count; s++) {
                double sum = 0;
                for (double[] run : values) {
                    sum += run[s];
                }
                double mean = sum / runs.length;
                double squares = 0;
                for (double[] run : values) {
                    squares += (run[s] - mean) * (run[s] - mean);
                }
                row[s] = mean;
                row[count + s] = Math.sqrt(squares / (runs.length - 1));
            }
            return row;
        }

        long events() {
            long total = 0;
            for (StochasticRun run : runs) {
                total += run.firings;
            }
            return total;
        }

        long leaps() {
            long total = 0;
            for (StochasticRun run : runs) {
                total += run.leaps;
            }
            return total;
        }

        void close() {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }
}
