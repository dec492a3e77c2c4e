package dev.spinup.model.startup;

/** A per-host serialization point that starts must pass one at a time: the source of "the 500th starts slower". */
public enum ControlPoint {
    HYPERVISOR_TOOLSTACK("the hypervisor toolstack"),
    /** Xen's single-threaded store of domain configuration, which every toolstack operation reads and writes. */
    XENSTORE("XenStore (xenstored)"),
    ENGINE_DAEMON("the container engine daemon"),
    NETWORK_NAMESPACE_LOCK("the kernel's network-namespace lock"),
    CGROUP_LOCK("the kernel's cgroup lock"),
    /** Only with serialized pulls (kubelet's default): one image pull at a time per host. */
    IMAGE_PULLS("the host's one-at-a-time image pulls"),
    /** A cloud account's API rate limit (a token bucket shared by the arm's hosts, not a lock of one host). */
    CLOUD_API("the cloud API's rate limit");

    private final String label;

    ControlPoint(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
