package dev.spinup.model.startup;

/** The steps a VM boot or a container start is made of, named as Docker, QEMU and systemd name them. */
public enum PhaseKind {
    API_CALL("cloud API call", "The cloud's API accepts the launch request (RunInstances) within the account's rate limit."),
    PROVISIONING("provisioning", "Pending to running: the cloud places the VM on a host, attaches its volume and"
            + " network interface, and its hypervisor starts the guest."),
    NODE_VM("node VM boot", "The container waits for the VM it will run in (its node) to finish booting."),
    TOOLSTACK("hypervisor toolstack", "The hypervisor's management stack registers the new VM (XenStore, libvirt)."),
    VMM_START("VMM start", "The virtual machine monitor process starts and sets up virtual hardware."),
    FIRMWARE("firmware", "Virtual BIOS or UEFI initialises devices before handing over to the bootloader."),
    BOOTLOADER("bootloader", "GRUB finds and loads the guest kernel and initrd."),
    KERNEL("guest kernel", "The guest's own kernel decompresses, probes virtual devices and mounts its root."),
    INITRD("initrd", "The initial ramdisk loads drivers and finds the real root filesystem."),
    INIT("init and services", "systemd starts the guest OS services: logging, networking, cloud-init, sshd."),
    CLOUD_INIT("cloud-init", "cloud-init reads the instance metadata, installs the SSH keys and lets sshd accept"
            + " logins."),
    SANDBOX("sandbox start", "The sandbox's own kernel starts: gVisor's Sentry, or Kata's lightweight VM."),
    ENGINE_API("engine API", "The engine daemon receives the request and records the container."),
    IMAGE_PULL("image pull", "Missing image layers are downloaded from the registry and unpacked."),
    ROOTFS("rootfs mount", "An overlay filesystem stacks the image layers under a fresh writable layer."),
    NETWORK("network namespace", "A network namespace and a virtual ethernet pair are created and attached."),
    ISOLATION("namespaces and cgroups", "PID, mount and other namespaces and the cgroup limits are set up."),
    RUNTIME("runtime exec", "The OCI runtime (runc, crun) creates the container process and execs it."),
    APP("app start", "The application itself starts and becomes ready to serve."),
    SHUTDOWN("shutdown", "The instance stops and its resources are released.");

    private final String label;
    private final String explanation;

    PhaseKind(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    /** One sentence a student can read in a tooltip. */
    public String explanation() {
        return explanation;
    }
}
