package dev.spinup.run;

import dev.spinup.scenario.Scenario;
import java.util.Arrays;
import java.util.List;

/** The summary figures a lecturer quotes, each comparable across stacks and replications. */
public enum Metric {
    STARTUP_P50("median start-up", Unit.SECONDS),
    STARTUP_P95("95th percentile start-up", Unit.SECONDS),
    STARTUP_P99("99th percentile start-up", Unit.SECONDS),
    STARTUP_MEAN("mean start-up", Unit.SECONDS),
    ALL_READY("time until all are ready", Unit.SECONDS),
    READY("instances ready", Unit.COUNT),
    REFUSED("instances refused", Unit.COUNT),
    INSTANCES_PER_HOST("instances per host", Unit.COUNT),
    MEMORY_PER_INSTANCE("memory per instance", Unit.MEBIBYTES),
    WAITING_P50("median wait for a start slot", Unit.SECONDS),
    WAITING_MAX("longest wait for a start slot", Unit.SECONDS),
    PODS_ALL_READY("time until every wanted pod is ready", Unit.SECONDS),
    PODS_PENDING_MAX("most pods pending", Unit.COUNT),
    PODS_UNSCHEDULABLE_MAX("most pods unschedulable", Unit.COUNT);

    /** How a metric's value reads. */
    public enum Unit {
        SECONDS("s"),
        COUNT(""),
        MEBIBYTES("MiB");

        private final String symbol;

        Unit(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    private final String label;
    private final Unit unit;

    Metric(String label, Unit unit) {
        this.label = label;
        this.unit = unit;
    }

    /** Whether this figure is about waiting outside the hosts, which only a limit on starts in flight causes. */
    public boolean aboutStartSlots() {
        return this == WAITING_P50 || this == WAITING_MAX;
    }

    /** Whether this figure is about a cluster's pods, which only a scenario with a cluster section has. */
    public boolean aboutPods() {
        return this == PODS_ALL_READY || this == PODS_PENDING_MAX || this == PODS_UNSCHEDULABLE_MAX;
    }

    /**
     * The figures worth reporting for {@code scenario}: waits for start slots only where starts are limited, pod
     * figures only where there is a cluster.
     */
    public static List<Metric> reportedFor(Scenario scenario) {
        boolean limited = scenario.limitsStartsInFlight();
        boolean cluster = scenario.cluster().isPresent();
        return Arrays.stream(values()).filter(m -> (limited || !m.aboutStartSlots()) && (cluster || !m.aboutPods()))
                .toList();
    }

    public String label() {
        return label;
    }

    public Unit unit() {
        return unit;
    }

    /** Lower-kebab name used in CSV columns and on the command line, e.g. "startup-p50". */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
