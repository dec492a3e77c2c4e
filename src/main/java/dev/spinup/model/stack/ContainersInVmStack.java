package dev.spinup.model.stack;

import java.util.Objects;

/**
 * Containers run inside VMs that act as nodes (how most clouds run Kubernetes): a node VM boots first, then up to
 * {@code containersPerNode} containers start on its guest kernel.
 */
public record ContainersInVmStack(String label, VmStack node, ContainerStack inner, int containersPerNode)
        implements StackSpec {

    public ContainersInVmStack {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(inner, "inner");
        if (containersPerNode < 1) {
            throw new IllegalArgumentException("a node VM must hold at least one container");
        }
    }

    @Override
    public StackKind kind() {
        return StackKind.CONTAINERS_IN_VM;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.containersInVms(this);
    }
}
