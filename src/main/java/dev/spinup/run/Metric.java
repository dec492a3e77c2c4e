package dev.spinup.run;

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
    MEMORY_PER_INSTANCE("memory per instance", Unit.MEBIBYTES);

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
