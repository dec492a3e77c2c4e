package dev.spinup.scenario;

/**
 * The knobs a lesson's what-if panel may offer, each named in the file as its constant in lower case with dashes
 * ({@code host-memory}), with the unit its slider moves in and what part of the scenario it changes.
 */
public enum KnobKind {

    /** {@code workload.instances}. */
    INSTANCES(KnobUnit.COUNT, KnobScope.WORKLOAD, "instances"),
    /** {@code workload.arrival}: 0 s is all at once, more is a ramp over that long. */
    ARRIVAL_SPREAD(KnobUnit.SECONDS, KnobScope.WORKLOAD, "arrivals spread over"),
    /** {@code workload.appOverrides.memory}: what the app keeps resident. */
    APP_MEMORY(KnobUnit.MEBIBYTES, KnobScope.WORKLOAD, "app memory"),
    /** {@code workload.cache}: the image on every host already, or pulled. */
    CACHE(KnobUnit.CHOICE, KnobScope.WORKLOAD, "image cache"),
    /** {@code stacks[i].hypervisor} of a VM stack. */
    HYPERVISOR(KnobUnit.CHOICE, KnobScope.VM_STACK, "hypervisor"),
    /** {@code stacks[i].guestOs} of a VM stack. */
    GUEST_OS(KnobUnit.CHOICE, KnobScope.VM_STACK, "guest OS"),
    /** {@code stacks[i].runtime} of a container stack. */
    RUNTIME(KnobUnit.CHOICE, KnobScope.CONTAINER_STACK, "container runtime"),
    /** {@code hardware.hosts[0].cores}. */
    HOST_CORES(KnobUnit.COUNT, KnobScope.HARDWARE, "host cores"),
    /** {@code hardware.hosts[0].memory}. */
    HOST_MEMORY(KnobUnit.MEBIBYTES, KnobScope.HARDWARE, "host RAM");

    /** What a knob's value is counted in. */
    public enum KnobUnit {
        COUNT, SECONDS, MEBIBYTES, CHOICE
    }

    /** Which part of the scenario a knob changes: one stack's, or what every stack shares. */
    public enum KnobScope {
        WORKLOAD, HARDWARE, VM_STACK, CONTAINER_STACK;

        boolean perStack() {
            return this == VM_STACK || this == CONTAINER_STACK;
        }
    }

    private final KnobUnit unit;
    private final KnobScope scope;
    private final String label;

    KnobKind(KnobUnit unit, KnobScope scope, String label) {
        this.unit = unit;
        this.scope = scope;
        this.label = label;
    }

    public KnobUnit unit() {
        return unit;
    }

    public KnobScope scope() {
        return scope;
    }

    /** How the panel names the knob ("host RAM"). */
    public String label() {
        return label;
    }
}
