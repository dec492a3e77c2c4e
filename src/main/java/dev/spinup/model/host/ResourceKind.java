package dev.spinup.model.host;

/** The divisible resources of a host whose load a run records over time. */
public enum ResourceKind {
    CPU("CPU"),
    DISK("disk"),
    NETWORK("network");

    private final String label;

    ResourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
