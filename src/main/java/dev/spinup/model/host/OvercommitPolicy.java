package dev.spinup.model.host;

/** What a host does when an instance asks for more memory than is free. */
public enum OvercommitPolicy {
    /** Refuse the instance and record why: the default of most hypervisors and of Kubernetes' requests. */
    REFUSE,
    /** Admit it; when resident memory exceeds RAM the host swaps, and CPU work slows in proportion. */
    SWAP
}
