package dev.spinup.model.stack;

/** One side of a comparison: how each instance of the workload is run. */
public sealed interface StackSpec permits VmStack, ContainerStack, ContainersInVmStack {

    /** The name a lesson shows for this stack, e.g. "KVM + Ubuntu cloud image". */
    String label();

    StackKind kind();
}
