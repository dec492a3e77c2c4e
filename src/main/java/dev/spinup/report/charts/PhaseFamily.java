package dev.spinup.report.charts;

import dev.spinup.model.startup.PhaseKind;
import dev.spinup.report.style.Palette;
import dev.spinup.report.style.PhaseColourKey;
import java.awt.Color;
import java.util.Optional;

/**
 * The groups of start-up phases a timeline or breakdown colours alike: the model has more phases than the
 * palette has colours, and a student reads "firmware", "kernel", "OS" and "app" more easily than seventeen steps.
 */
public enum PhaseFamily {
    CLOUD_LAUNCH("cloud API and provisioning", PhaseColourKey.WAITING),
    NODE_VM("node VM boot", PhaseColourKey.WAITING),
    VMM_AND_FIRMWARE("VMM and firmware", PhaseColourKey.FIRMWARE),
    GUEST_KERNEL("guest or sandbox kernel", PhaseColourKey.KERNEL_BOOT),
    GUEST_OS("guest OS init", PhaseColourKey.OS_INIT),
    IMAGE_PULL("image pull", PhaseColourKey.IMAGE_PULL),
    ROOTFS("rootfs mount", PhaseColourKey.IMAGE_UNPACK),
    CONTAINER_SETUP("engine and runtime setup", PhaseColourKey.RUNTIME_SETUP),
    APP("app start", PhaseColourKey.APP_START);

    private final String label;
    private final PhaseColourKey colourKey;

    PhaseFamily(String label, PhaseColourKey colourKey) {
        this.label = label;
        this.colourKey = colourKey;
    }

    public String label() {
        return label;
    }

    public Color colour() {
        return Palette.colourFor(colourKey);
    }

    /** The family a start-up phase belongs to; empty for shutdown, which is not part of starting up. */
    public static Optional<PhaseFamily> of(PhaseKind kind) {
        return Optional.ofNullable(switch (kind) {
            case API_CALL, PROVISIONING -> CLOUD_LAUNCH;
            case NODE_VM -> NODE_VM;
            case TOOLSTACK, VMM_START, FIRMWARE, BOOTLOADER -> VMM_AND_FIRMWARE;
            case KERNEL, INITRD, SANDBOX -> GUEST_KERNEL;
            case INIT, CLOUD_INIT -> GUEST_OS;
            case IMAGE_PULL -> IMAGE_PULL;
            case ROOTFS -> ROOTFS;
            case ENGINE_API, NETWORK, ISOLATION, RUNTIME -> CONTAINER_SETUP;
            case APP -> APP;
            case SHUTDOWN -> null;
        });
    }
}
