package dev.spinup.model.stack;

/** The families of stacks a lesson can compare; one colour per family on every chart. */
public enum StackKind {
    VM_TYPE1("VM on a type-1 hypervisor"),
    VM_TYPE2("VM on a type-2 hypervisor"),
    MICROVM("microVM"),
    CONTAINER("container"),
    SANDBOXED_USERSPACE_KERNEL("sandboxed container (user-space kernel)"),
    SANDBOXED_LIGHT_VM("sandboxed container (lightweight VM)"),
    CONTAINERS_IN_VM("containers inside VMs");

    private final String label;

    StackKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True when each instance carries its own guest kernel. */
    public boolean hasGuestKernel() {
        return this != CONTAINER && this != SANDBOXED_USERSPACE_KERNEL;
    }
}
