package dev.spinup.report.charts;

import dev.spinup.model.host.MemoryComponent;
import dev.spinup.report.style.MemoryColourKey;
import dev.spinup.report.style.Palette;
import java.awt.Color;

/**
 * The coloured bands of a memory breakdown. Components that cost the same kind of thing share a band (the shim
 * and the engine daemon, the VMM and the hypervisor's services), since the palette has fewer colours than the
 * model has components; a band's legend names the components it holds.
 */
public enum MemoryGroup {
    APP(MemoryColourKey.APP),
    KERNEL_AND_OS(MemoryColourKey.GUEST_KERNEL_OS),
    VMM(MemoryColourKey.VMM_OVERHEAD),
    STRUCT_PAGE_TAX(MemoryColourKey.STRUCT_PAGE_TAX),
    SHIM_AND_DAEMON(MemoryColourKey.SHIM_DAEMON_SHARE),
    SHARED_LAYERS(MemoryColourKey.SHARED_LAYERS),
    /** Drawn below zero: memory the host got back by merging identical pages. */
    SAVED_BY_PAGE_SHARING(MemoryColourKey.FREE);

    private final MemoryColourKey colourKey;

    MemoryGroup(MemoryColourKey colourKey) {
        this.colourKey = colourKey;
    }

    public Color colour() {
        return Palette.colourFor(colourKey);
    }

    public static MemoryGroup of(MemoryComponent component) {
        return switch (component) {
            case APP -> APP;
            case GUEST_KERNEL_AND_OS, SANDBOX_KERNEL -> KERNEL_AND_OS;
            case VMM_OVERHEAD, HYPERVISOR_SERVICES -> VMM;
            case STRUCT_PAGE_TAX -> STRUCT_PAGE_TAX;
            case SHIM, ENGINE_DAEMON -> SHIM_AND_DAEMON;
            case SHARED_LAYERS -> SHARED_LAYERS;
            case PAGE_SHARING_SAVINGS -> SAVED_BY_PAGE_SHARING;
        };
    }

    /**
     * How a component reads in a per-instance breakdown: parts the host holds once and shares out over its
     * instances say "share", so nobody thinks every container carries a whole daemon.
     */
    public static String label(MemoryComponent component) {
        return switch (component) {
            case APP -> "app";
            case GUEST_KERNEL_AND_OS -> "guest kernel and OS";
            case SANDBOX_KERNEL -> "sandbox kernel";
            case VMM_OVERHEAD -> "VMM overhead";
            case HYPERVISOR_SERVICES -> "hypervisor services share";
            case STRUCT_PAGE_TAX -> "struct-page tax";
            case SHIM -> "shim";
            case ENGINE_DAEMON -> "engine daemon share";
            case SHARED_LAYERS -> "shared image layers share";
            case PAGE_SHARING_SAVINGS -> "saved by page sharing (KSM)";
        };
    }

    /** Whether the component adds to an instance's memory (false for the savings, which subtract). */
    public static boolean adds(MemoryComponent component) {
        return component != MemoryComponent.PAGE_SHARING_SAVINGS;
    }
}
