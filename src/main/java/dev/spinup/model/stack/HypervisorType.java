package dev.spinup.model.stack;

/** Where a hypervisor runs: on bare metal, as an application on a host OS, or as a minimal VMM over KVM. */
public enum HypervisorType {
    TYPE_1,
    TYPE_2,
    MICROVM
}
