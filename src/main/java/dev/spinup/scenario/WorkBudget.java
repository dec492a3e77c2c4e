package dev.spinup.scenario;

import dev.spinup.scenario.json.ObjectView;
import java.util.Locale;
import java.util.Optional;

/**
 * How much work a run asks for, as a whole: each of {@link ScenarioLimits} bounds one dimension, but their product
 * (instances × stacks × replications) is what costs CPU time, and the results kept for the first replication of
 * every stack are what cost memory. Both are estimated before anything runs and refused past
 * {@link #MAX_INSTANCE_STARTS} and {@link #MAX_KEPT_INSTANCES}, with the number and what to lower. Up to
 * {@link #MAX_DETAILED_INSTANCES} the run keeps every detail (each instance's phases with their intervals, the
 * trace, every series); past it, it keeps summaries and series only, and says so ({@link #keepsFullDetail}).
 *
 * <p>The budgets come from the storm benchmark (docs/performance.md: 20–60 µs of CPU per simulated start) and the
 * heap a detailed instance keeps (about 3 KiB, docs/hardening.md): at the budget a run takes a few minutes on two
 * cores and about 1.5 GiB of heap.
 *
 * @param instanceStarts instances simulated in all: every stack, every replication
 * @param detailedInstances instances whose results are kept (replication 0 of every stack)
 */
public record WorkBudget(long instanceStarts, long detailedInstances) {

    /** The most instance starts one command may simulate (about 3 minutes of CPU at 40 µs each). */
    public static final long MAX_INSTANCE_STARTS = 5_000_000;
    /** The most instances whose every phase and event is kept (about 1.5 GiB of heap at 3 KiB each). */
    public static final long MAX_DETAILED_INSTANCES = 500_000;
    /** The most instances whose results one run keeps: in full detail up to {@link #MAX_DETAILED_INSTANCES}. */
    public static final long MAX_KEPT_INSTANCES = 1_000_000;

    /** The work of one run of {@code scenario}. */
    public static WorkBudget of(Scenario scenario) {
        long instances = instancesInAll(scenario);
        long stacks = scenario.stacks().size();
        return new WorkBudget(instances * stacks * scenario.replications(), instances * stacks);
    }

    /** The work of one run that keeps only summaries (a sweep's point): no instance's detail is kept. */
    public static WorkBudget ofSummariesOnly(Scenario scenario) {
        return new WorkBudget(of(scenario).instanceStarts, 0);
    }

    /** The work of several runs together (a sweep's points). */
    public WorkBudget plus(WorkBudget other) {
        return new WorkBudget(saturatedAdd(instanceStarts, other.instanceStarts),
                saturatedAdd(detailedInstances, other.detailedInstances));
    }

    /** Why this is too much, with the numbers and what to lower; empty when it is within the budget. */
    public Optional<String> excess() {
        if (detailedInstances > MAX_KEPT_INSTANCES) {
            return Optional.of(String.format(Locale.ROOT, "this asks to keep the results of %,d instances (instances"
                    + " × stacks), more than the %,d one run may keep in memory; lower `workload.instances` or the"
                    + " number of stacks", detailedInstances, MAX_KEPT_INSTANCES));
        }
        if (instanceStarts > MAX_INSTANCE_STARTS) {
            return Optional.of(String.format(Locale.ROOT, "this asks to simulate %,d instance starts (instances ×"
                    + " stacks × replications), more than the budget of %,d; lower `replications`,"
                    + " `workload.instances` or the number of stacks (or the sweep's --steps)", instanceStarts,
                    MAX_INSTANCE_STARTS));
        }
        return Optional.empty();
    }

    /**
     * Whether the run keeps every detail (phases with their intervals, the trace, load and queue series); past
     * {@link #MAX_DETAILED_INSTANCES} it keeps summaries and series only.
     */
    public boolean keepsFullDetail() {
        return detailedInstances <= MAX_DETAILED_INSTANCES;
    }

    /** Records the excess, if any, as a problem of the file. */
    static void check(ObjectView root, Scenario scenario) {
        of(scenario).excess().ifPresent(reason -> root.problem(
                root.has("replications") && scenario.replications() > 1 ? "replications" : "workload", reason));
    }

    /** The workload's instances and every instance the timeline's start and scale actions may add. */
    private static long instancesInAll(Scenario scenario) {
        long total = scenario.workload().instances();
        for (TimedAction action : scenario.timeline()) {
            if (action.action() instanceof TimedAction.Start start) {
                total += start.count();
            } else if (action.action() instanceof TimedAction.Scale scale) {
                total += scale.to();
            }
        }
        return total;
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }
}
