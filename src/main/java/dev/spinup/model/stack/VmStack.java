package dev.spinup.model.stack;

import java.util.Objects;
import java.util.Optional;

/** Each instance is a virtual machine with its own guest OS (type-1, type-2, or a microVM). */
public record VmStack(String label, HypervisorProfile hypervisor, GuestOsProfile guestOs, VmShape shape,
                      Optional<PageSharing> pageSharing) implements StackSpec {

    public VmStack {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(hypervisor, "hypervisor");
        Objects.requireNonNull(guestOs, "guestOs");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(pageSharing, "pageSharing");
    }

    @Override
    public StackKind kind() {
        return switch (hypervisor.type()) {
            case TYPE_1 -> StackKind.VM_TYPE1;
            case TYPE_2 -> StackKind.VM_TYPE2;
            case MICROVM -> StackKind.MICROVM;
        };
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.vms(this);
    }
}
