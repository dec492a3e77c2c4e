package dev.spinup.model.stack;

import java.util.Objects;

/**
 * Each instance is a new VM launched in a cloud: an API call, provisioning, then its guest OS boots on the cloud's
 * hypervisor from a root volume of its own (never a page cache shared with other VMs), then cloud-init.
 */
public record CloudVmStack(String label, CloudProfile cloud, GuestOsProfile guestOs, VmShape shape,
                           RootVolume rootVolume) implements StackSpec {

    public CloudVmStack {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(cloud, "cloud");
        Objects.requireNonNull(guestOs, "guestOs");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(rootVolume, "rootVolume");
    }

    public CloudVmStack withRootVolume(RootVolume value) {
        return new CloudVmStack(label, cloud, guestOs, shape, value);
    }

    /** A cloud VM runs on a type-1 hypervisor (Nitro, Xen) and is coloured as one. */
    @Override
    public StackKind kind() {
        return StackKind.VM_TYPE1;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.cloudVms(this);
    }
}
