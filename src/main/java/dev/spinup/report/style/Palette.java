package dev.spinup.report.style;

import java.awt.Color;
import java.util.List;

/**
 * The one place where report colours are decided: every stack, phase, memory component and diagram layer keeps
 * the same Okabe–Ito colour in every chart, so a colour means one thing throughout a lesson.
 */
public final class Palette {

    /** Colours handed to series that nobody coloured explicitly; black is left out so DARK charts stay readable. */
    public static final List<Swatch> SERIES_SEQUENCE = List.of(Swatch.BLUE, Swatch.ORANGE, Swatch.BLUISH_GREEN,
            Swatch.VERMILLION, Swatch.SKY_BLUE, Swatch.REDDISH_PURPLE, Swatch.YELLOW, Swatch.GREY);

    private Palette() {
    }

    public static Color colourFor(StackColourKey key) {
        return swatchFor(key).colour();
    }

    public static Color colourFor(PhaseColourKey key) {
        return swatchFor(key).colour();
    }

    public static Color colourFor(MemoryColourKey key) {
        return swatchFor(key).colour();
    }

    public static Color colourFor(LayerColourKey key) {
        return swatchFor(key).colour();
    }

    public static Color colourFor(BuildColourKey key) {
        return swatchFor(key).colour();
    }

    // Virtual machines get the cool blues, containers the warm oranges, sandboxes the remaining hues. Nine kinds,
    // seven colours a stack may take (black vanishes on DARK, grey is "waiting"): two pairs share a colour, chosen
    // so that no built-in lesson compares the two (another type-1 hypervisor is drawn beside KVM and VirtualBox,
    // never beside VMs full of containers; containerd + crun beside Docker, never beside gVisor). A lesson that
    // does compare them gets a shade of that colour for the second (StackColours).
    public static Swatch swatchFor(StackColourKey key) {
        return switch (key) {
            case VM_TYPE1 -> Swatch.BLUE;
            case VM_TYPE1_OTHER_HYPERVISOR -> Swatch.VERMILLION;
            case VM_TYPE2 -> Swatch.SKY_BLUE;
            case MICROVM -> Swatch.REDDISH_PURPLE;
            case CONTAINER -> Swatch.ORANGE;
            case CONTAINER_OTHER_ENGINE -> Swatch.BLUISH_GREEN;
            case CONTAINERS_IN_VM -> Swatch.VERMILLION;
            case SANDBOXED_GVISOR -> Swatch.BLUISH_GREEN;
            case SANDBOXED_KATA -> Swatch.YELLOW;
        };
    }

    public static Swatch swatchFor(PhaseColourKey key) {
        return switch (key) {
            case WAITING -> Swatch.GREY;
            case FIRMWARE -> Swatch.REDDISH_PURPLE;
            case KERNEL_BOOT -> Swatch.BLUE;
            case OS_INIT -> Swatch.SKY_BLUE;
            case IMAGE_PULL -> Swatch.VERMILLION;
            case IMAGE_UNPACK -> Swatch.ORANGE;
            case RUNTIME_SETUP -> Swatch.YELLOW;
            case APP_START -> Swatch.BLUISH_GREEN;
        };
    }

    public static Swatch swatchFor(MemoryColourKey key) {
        return switch (key) {
            case APP -> Swatch.BLUISH_GREEN;
            case GUEST_KERNEL_OS -> Swatch.BLUE;
            case VMM_OVERHEAD -> Swatch.SKY_BLUE;
            case STRUCT_PAGE_TAX -> Swatch.REDDISH_PURPLE;
            case SHIM_DAEMON_SHARE -> Swatch.ORANGE;
            case SHARED_LAYERS -> Swatch.YELLOW;
            case PAGE_CACHE -> Swatch.VERMILLION;
            case FREE -> Swatch.GREY;
        };
    }

    // Diagram layers borrow the colour of the memory component they stand for, so the picture and the
    // memory chart of the same lesson agree (the app is green in both, the guest OS blue in both).
    public static Swatch swatchFor(LayerColourKey key) {
        return switch (key) {
            case INFRASTRUCTURE -> Swatch.GREY;
            case HOST_OS -> Swatch.REDDISH_PURPLE;
            case HYPERVISOR -> swatchFor(MemoryColourKey.VMM_OVERHEAD);
            case CONTAINER_ENGINE -> swatchFor(MemoryColourKey.SHIM_DAEMON_SHARE);
            case GUEST_OS -> swatchFor(MemoryColourKey.GUEST_KERNEL_OS);
            case BINS_LIBS -> swatchFor(MemoryColourKey.SHARED_LAYERS);
            case APP -> swatchFor(MemoryColourKey.APP);
        };
    }

    // Green for the cheap path (the cache had it), vermillion for work actually done, grey for the builder's own.
    public static Swatch swatchFor(BuildColourKey key) {
        return switch (key) {
            case EXECUTED -> Swatch.VERMILLION;
            case CACHED -> Swatch.BLUISH_GREEN;
            case BUILDKIT -> Swatch.GREY;
        };
    }

    /** Black or white, whichever reads better on the given fill (WCAG contrast ratio). */
    public static Color textColourOn(Color fill) {
        double l = relativeLuminance(fill);
        double contrastWithBlack = (l + 0.05) / 0.05;
        double contrastWithWhite = 1.05 / (l + 0.05);
        return contrastWithBlack >= contrastWithWhite ? Color.BLACK : Color.WHITE;
    }

    /** WCAG 2 relative luminance of an sRGB colour, 0 (black) to 1 (white). */
    public static double relativeLuminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
