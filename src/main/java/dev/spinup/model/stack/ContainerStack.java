package dev.spinup.model.stack;

import java.util.Objects;

/** Each instance is a container on the host's shared kernel, started by an engine and an OCI runtime. */
public record ContainerStack(String label, ContainerRuntimeProfile runtime) implements StackSpec {

    public ContainerStack {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(runtime, "runtime");
    }

    @Override
    public StackKind kind() {
        return switch (runtime.isolation()) {
            case SHARED_KERNEL -> StackKind.CONTAINER;
            case USERSPACE_KERNEL -> StackKind.SANDBOXED_USERSPACE_KERNEL;
            case LIGHT_VM -> StackKind.SANDBOXED_LIGHT_VM;
        };
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.containers(this);
    }
}
