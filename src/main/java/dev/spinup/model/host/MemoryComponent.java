package dev.spinup.model.host;

/** The parts a host's memory is made of, as a density chart breaks them down. */
public enum MemoryComponent {
    APP("app", true),
    GUEST_KERNEL_AND_OS("guest kernel and OS", true),
    STRUCT_PAGE_TAX("struct-page tax", true),
    VMM_OVERHEAD("VMM overhead", true),
    SANDBOX_KERNEL("sandbox kernel", true),
    SHIM("container shim", true),
    ENGINE_DAEMON("engine daemon", false),
    HYPERVISOR_SERVICES("hypervisor services", false),
    SHARED_LAYERS("shared image layers", false),
    PAGE_SHARING_SAVINGS("merged by page sharing (KSM)", false);

    private final String label;
    private final boolean perInstance;

    MemoryComponent(String label, boolean perInstance) {
        this.label = label;
        this.perInstance = perInstance;
    }

    public String label() {
        return label;
    }

    /** True for parts each instance carries; false for parts the host holds once for all of them. */
    public boolean perInstance() {
        return perInstance;
    }
}
