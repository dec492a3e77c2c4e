package dev.spinup.report.style;

/** The stack families a report tells apart by colour; the model's stack kinds map onto these. */
public enum StackColourKey {
    VM_TYPE1,
    VM_TYPE2,
    MICROVM,
    CONTAINER,
    SANDBOXED_GVISOR,
    SANDBOXED_KATA,
    CONTAINERS_IN_VM
}
