package dev.spinup.model.stack;

/** How a container runtime isolates: namespaces on the shared kernel, a user-space kernel, or a light VM. */
public enum ContainerIsolation {
    SHARED_KERNEL,
    USERSPACE_KERNEL,
    LIGHT_VM
}
