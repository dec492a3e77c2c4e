package dev.spinup.run;

import dev.spinup.engine.stats.ConfidenceInterval;
import dev.spinup.scenario.Scenario;
import dev.spinup.scenario.StackChoice;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Varies one parameter over a range and collects every stack's summary figures per value, running all the
 * simulations (values × stacks × replications) side by side; the result is the same whatever the thread count.
 */
public final class Sweep {

    private static final double CONFIDENCE = 0.95;

    private final RunOptions options;

    public Sweep(RunOptions options) {
        this.options = options;
    }

    public SweepResult run(String parameter, SweepRange range, ScenarioVariants variants) {
        List<Scenario> scenarios = new ArrayList<>();
        for (SweepRange.SweepValue value : range.values()) {
            scenarios.add(variants.with(parameter, value.text()));
        }
        Scenario first = scenarios.get(0);
        int stacks = first.stacks().size();
        int total = 0;
        for (Scenario s : scenarios) {
            if (s.stacks().size() != stacks) {
                throw new IllegalArgumentException("a sweep may not change the stacks compared");
            }
            total += stacks * s.replications();
        }
        AtomicInteger done = new AtomicInteger();
        int all = total;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(options.threads(), total)), r -> {
            Thread thread = new Thread(r, "spinup-sweep");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<List<List<Future<ArmSummary>>>> futures = new ArrayList<>();
            for (Scenario scenario : scenarios) {
                List<List<Future<ArmSummary>>> byStack = new ArrayList<>();
                for (StackChoice stack : scenario.stacks()) {
                    List<Future<ArmSummary>> reps = new ArrayList<>();
                    for (int r = 0; r < scenario.replications(); r++) {
                        long seed = Runner.replicationSeed(scenario.seed(), r);
                        reps.add(pool.submit(() -> {
                            ArmSummary summary = new ArmRun(scenario, stack, seed, false).run().summary();
                            options.progress().progressed(done.incrementAndGet(), all);
                            return summary;
                        }));
                    }
                    byStack.add(reps);
                }
                futures.add(byStack);
            }
            List<SweepResult.Point> points = new ArrayList<>();
            for (int v = 0; v < scenarios.size(); v++) {
                List<Map<Metric, ConfidenceInterval>> byStack = new ArrayList<>();
                for (List<Future<ArmSummary>> reps : futures.get(v)) {
                    List<ArmSummary> summaries = new ArrayList<>();
                    for (Future<ArmSummary> f : reps) {
                        summaries.add(await(f));
                    }
                    byStack.add(intervals(summaries));
                }
                points.add(new SweepResult.Point(range.values().get(v), byStack));
            }
            return new SweepResult(parameter, first.stacks().stream().map(StackChoice::id).toList(),
                    first.stacks().stream().map(StackChoice::label).toList(), points);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<Metric, ConfidenceInterval> intervals(List<ArmSummary> summaries) {
        Map<Metric, ConfidenceInterval> out = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            double[] values = summaries.stream().mapToDouble(s -> s.value(metric)).filter(Double::isFinite)
                    .toArray();
            if (values.length > 0) {
                out.put(metric, ConfidenceInterval.of(values, CONFIDENCE));
            }
        }
        return out;
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sweeping", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
