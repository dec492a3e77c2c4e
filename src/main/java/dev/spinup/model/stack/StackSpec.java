package dev.spinup.model.stack;

/** One side of a comparison: how each instance of the workload is run. */
public sealed interface StackSpec permits VmStack, ContainerStack, ContainersInVmStack, CloudVmStack {

    /** The name a lesson shows for this stack, e.g. "KVM + Ubuntu cloud image". */
    String label();

    StackKind kind();

    /** Calls the visitor's method for this kind: adding a kind makes the compiler name every visitor to extend. */
    <R> R accept(Visitor<R> visitor);

    /** Something done differently per kind of stack. */
    interface Visitor<R> {
        R vms(VmStack stack);

        R containers(ContainerStack stack);

        R containersInVms(ContainersInVmStack stack);

        R cloudVms(CloudVmStack stack);
    }
}
