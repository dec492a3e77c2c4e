package dev.spinup.model.profiles;

import dev.spinup.model.stack.RuntimeOverhead;

/**
 * The catalogue's named sets of steady-state overheads, one per way of running that calibration.md §1g measures
 * (a lesson picks one for a stack: KVM tuned or untuned, runc behind NAT or on the host's network, nested guests).
 */
public enum OverheadProfile {
    NATIVE("bare metal", Overheads.NATIVE),
    KVM_TUNED("KVM, vCPUs pinned", Overheads.KVM),
    KVM_UNTUNED("KVM, untuned", Overheads.KVM_UNTUNED),
    KVM_NESTED("KVM nested in KVM", Overheads.KVM_NESTED),
    KVM_NESTED_NO_EPT("KVM nested, no nested EPT", Overheads.KVM_NESTED_NO_EPT),
    FIRECRACKER("Firecracker", Overheads.FIRECRACKER),
    TYPE2("type 2 hypervisor", Overheads.TYPE2),
    RUNC_NAT("runc, Docker's NAT bridge", Overheads.RUNC),
    RUNC_HOST_NETWORK("runc, --net=host", Overheads.RUNC_HOST_NETWORK),
    GVISOR("gVisor", Overheads.GVISOR);

    private final String label;
    private final RuntimeOverhead overhead;

    OverheadProfile(String label, RuntimeOverhead overhead) {
        this.label = label;
        this.overhead = overhead;
    }

    public String label() {
        return label;
    }

    public RuntimeOverhead overhead() {
        return overhead;
    }
}
