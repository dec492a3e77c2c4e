package dev.spinup.report.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void stackKindsShareAColourOnlyInTheTwoPairsThePaletteNames() {
        Map<Swatch, List<StackColourKey>> byColour = Arrays.stream(StackColourKey.values())
                .collect(Collectors.groupingBy(Palette::swatchFor));
        Set<Set<StackColourKey>> shared = byColour.values().stream().filter(keys -> keys.size() > 1)
                .map(Set::copyOf).collect(Collectors.toSet());
        assertEquals(Set.of(Set.of(StackColourKey.VM_TYPE1_OTHER_HYPERVISOR, StackColourKey.CONTAINERS_IN_VM),
                Set.of(StackColourKey.CONTAINER_OTHER_ENGINE, StackColourKey.SANDBOXED_GVISOR)), shared);
        assertFalse(byColour.containsKey(Swatch.GREY), "grey is waiting, in the app's tiles too");
    }

    @Test
    void everyPhaseFamilyHasItsOwnColour() {
        assertDistinct(PhaseColourKey.values(), Palette::swatchFor);
    }

    @Test
    void everyMemoryComponentHasItsOwnColour() {
        assertDistinct(MemoryColourKey.values(), Palette::swatchFor);
    }

    @Test
    void everyDiagramLayerHasItsOwnColour() {
        assertDistinct(LayerColourKey.values(), Palette::swatchFor);
    }

    @Test
    void cachedAndExecutedBuildStepsDiffer() {
        assertDistinct(BuildColourKey.values(), Palette::swatchFor);
    }

    @Test
    void stacksNeverGetBlackSoTheyStayVisibleOnTheDarkTheme() {
        Set<Swatch> used = Arrays.stream(StackColourKey.values()).map(Palette::swatchFor).collect(Collectors.toSet());
        assertFalse(used.contains(Swatch.BLACK));
        assertFalse(Palette.SERIES_SEQUENCE.contains(Swatch.BLACK));
        assertEquals(Palette.SERIES_SEQUENCE.size(), new HashSet<>(Palette.SERIES_SEQUENCE).size());
    }

    @Test
    void theSwatchesAreTheOkabeItoColoursPlusGrey() {
        Set<String> hex = Arrays.stream(Swatch.values())
                .map(s -> String.format("#%06X", s.colour().getRGB() & 0xFFFFFF)).collect(Collectors.toSet());
        assertEquals(Set.of("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000",
                "#999999"), hex);
    }

    @Test
    void aColourIsRecognisedAsItsSwatchAndForeignColoursAreNot() {
        for (StackColourKey key : StackColourKey.values()) {
            assertEquals(Optional.of(Palette.swatchFor(key)), Swatch.of(Palette.colourFor(key)));
        }
        assertEquals(Optional.empty(), Swatch.of(new Color(0x123456)));
    }

    @Test
    void labelTextOnEveryPaletteColourMeetsWcagAaContrast() {
        for (Swatch swatch : Swatch.values()) {
            Color fill = swatch.colour();
            double ratio = contrast(fill, Palette.textColourOn(fill));
            assertTrue(ratio >= 4.5, "contrast of the label on " + swatch + " is only " + ratio);
        }
    }

    @Test
    void textColourPicksWhiteOnDarkAndBlackOnLight() {
        assertEquals(Color.WHITE, Palette.textColourOn(Color.BLACK));
        assertEquals(Color.BLACK, Palette.textColourOn(Color.WHITE));
        assertEquals(Color.BLACK, Palette.textColourOn(Swatch.YELLOW.colour()));
    }

    static double contrast(Color a, Color b) {
        double la = Palette.relativeLuminance(a);
        double lb = Palette.relativeLuminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static <K> void assertDistinct(K[] keys, Function<K, Swatch> mapping) {
        List<Swatch> swatches = Arrays.stream(keys).map(mapping).toList();
        assertEquals(swatches.size(), new HashSet<>(swatches).size(),
                "two keys share a colour: " + Arrays.toString(keys) + " -> " + swatches);
    }
}
