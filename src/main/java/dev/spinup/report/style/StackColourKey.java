package dev.spinup.report.style;

/**
 * The kinds of stack a report tells apart by colour, each decided by what the stack is (its hypervisor, its
 * container engine), never by its place in a lesson: a VM on KVM is the same blue in every lesson.
 */
public enum StackColourKey {
    /** A VM on KVM + QEMU, the everyday full VM. */
    VM_TYPE1,
    /** A VM on another type-1 hypervisor: ESXi-like, Xen, a minimal QEMU machine, a cloud's. */
    VM_TYPE1_OTHER_HYPERVISOR,
    VM_TYPE2,
    MICROVM,
    /** Containers through the Docker engine (dockerd, containerd, runc). */
    CONTAINER,
    /** Shared-kernel containers without Docker's daemon (containerd with crun). */
    CONTAINER_OTHER_ENGINE,
    SANDBOXED_GVISOR,
    SANDBOXED_KATA,
    CONTAINERS_IN_VM
}
