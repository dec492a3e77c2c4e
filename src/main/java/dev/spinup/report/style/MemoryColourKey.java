package dev.spinup.report.style;

/** The memory components a memory breakdown tells apart by colour. */
public enum MemoryColourKey {
    APP,
    GUEST_KERNEL_OS,
    VMM_OVERHEAD,
    /** The host's struct page array: about 1.6 % of the RAM given to guests. */
    STRUCT_PAGE_TAX,
    SHIM_DAEMON_SHARE,
    SHARED_LAYERS,
    PAGE_CACHE,
    FREE
}
