package dev.spinup.model.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SourceTest {

    private static final Pattern LOWER_KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern SECTION = Pattern.compile("1[a-g]|2|3");
    private static final List<String> SECTION_ORDER = List.of("1a", "1b", "1c", "1d", "1e", "1f", "1g", "2", "3");

    @Test
    void keysAreUniqueLowerKebab() {
        Set<String> seen = new HashSet<>();
        for (Source source : Source.values()) {
            assertTrue(LOWER_KEBAB.matcher(source.key()).matches(), "not lower-kebab: " + source.key());
            assertTrue(seen.add(source.key()), "duplicate key: " + source.key());
        }
    }

    /** Scenario files and saved UI state refer to these keys; changing one breaks them. */
    @Test
    void publishedKeysStayStable() {
        Map<String, Source> expected = Map.of(
                "firecracker-boot-to-init", Source.FIRECRACKER_BOOT_TO_INIT,
                "firecracker-boot-end-to-end", Source.FIRECRACKER_BOOT_END_TO_END,
                "qemu-seabios-minimal-boot", Source.QEMU_SEABIOS_MINIMAL_BOOT,
                "vmm-memory-overhead", Source.VMM_MEMORY_OVERHEAD,
                "full-distro-guest-boot", Source.FULL_DISTRO_GUEST_BOOT,
                "docker-run-warm", Source.DOCKER_RUN_WARM,
                "docker-parallel-downloads", Source.DOCKER_PARALLEL_DOWNLOADS,
                "kubelet-image-gc", Source.KUBELET_IMAGE_GC,
                "estimate-full-distro-idle-rss", Source.ESTIMATE_FULL_DISTRO_IDLE_RSS,
                "estimate-layer-extract-rate", Source.ESTIMATE_LAYER_EXTRACT_RATE);
        expected.forEach((key, source) -> assertEquals(Optional.of(source), Source.byKey(key), key));
    }

    @Test
    void byKeyRoundTripsEveryConstant() {
        for (Source source : Source.values()) {
            assertEquals(Optional.of(source), Source.byKey(source.key()));
        }
        assertEquals(Optional.empty(), Source.byKey("firecracker-boots-in-125-ms"));
        assertEquals(Optional.empty(), Source.byKey("FIRECRACKER_BOOT_TO_INIT"));
        assertThrows(NullPointerException.class, () -> Source.byKey(null));
    }

    @Test
    void everyConstantSaysWhatWhereAndHowMuch() {
        for (Source source : Source.values()) {
            assertFalse(source.quantity().isBlank(), source + " quantity");
            assertFalse(source.value().isBlank(), source + " value");
            assertFalse(source.conditions().isBlank(), source + " conditions");
            assertFalse(source.citation().isBlank(), source + " citation");
            assertNotNull(source.evidence(), source + " evidence");
        }
    }

    @Test
    void sectionsAreCalibrationSectionsInDocumentOrder() {
        int previous = 0;
        for (Source source : Source.values()) {
            assertTrue(SECTION.matcher(source.calibrationSection()).matches(), source + ": " + source.calibrationSection());
            int index = SECTION_ORDER.indexOf(source.calibrationSection());
            assertTrue(index >= previous, source + " is out of section order");
            previous = index;
        }
    }

    @Test
    void exactlyTheEstimatesAreNamedAsEstimates() {
        for (Source source : Source.values()) {
            assertEquals(source.evidence() == Evidence.ESTIMATE, source.name().startsWith("ESTIMATE_"),
                    source + " name and evidence disagree");
        }
    }

    @Test
    void studentTextShowsTheFigureItsSourceAndHowFirmItIs() {
        for (Source source : Source.values()) {
            String text = source.studentText();
            assertTrue(text.contains(source.value()), source + " text lacks the value");
            assertTrue(text.contains(source.citation()), source + " text lacks the citation");
            source.url().ifPresent(url -> assertTrue(text.contains(url), source + " text lacks the url"));
            assertTrue(text.endsWith(source.evidence().label() + ": " + source.evidence().meaning()),
                    source + " text should end with its evidence: " + text);
        }
    }

    @Test
    void estimatesSayTheyAreEstimatesInTheirStudentText() {
        long estimates = 0;
        for (Source source : Source.values()) {
            if (source.evidence() == Evidence.ESTIMATE) {
                estimates++;
                assertTrue(source.studentText().contains("Estimate: No published source was found"),
                        source.studentText());
            } else {
                assertFalse(source.studentText().contains(Evidence.ESTIMATE.meaning()), source.studentText());
            }
        }
        assertTrue(estimates >= 10, "the model needs its estimates catalogued too, found " + estimates);
    }

    @Test
    void urlsAreWellFormedHttps() {
        for (Source source : Source.values()) {
            source.url().ifPresent(url -> {
                try {
                    URI uri = new URI(url).parseServerAuthority();
                    assertEquals("https", uri.getScheme(), source + ": " + url);
                    assertNotNull(uri.getHost(), source + ": " + url);
                    assertTrue(uri.getHost().contains("."), source + ": " + url);
                } catch (URISyntaxException e) {
                    fail(source + " has a malformed url: " + url, e);
                }
            });
        }
    }

    @Test
    void firecrackerCaveatsTravelWithTheNumbers() {
        Source bound = Source.FIRECRACKER_SPEC_BOOT_BOUND;
        assertTrue(bound.value().contains("125 ms"));
        assertTrue(bound.conditions().contains("serial console off"), bound.conditions());
        assertTrue(bound.conditions().contains("minimal kernel"), bound.conditions());
        assertTrue(bound.quantity().contains("InstanceStart") && bound.quantity().contains("/sbin/init"));

        assertTrue(Source.FIRECRACKER_BOOT_TO_INIT.value().contains("p50 110 ms, p99 115 ms"));
        assertTrue(Source.FIRECRACKER_CREATION_RATE_CLAIM.conditions().contains("per core"));
        assertTrue(Source.FIRECRACKER_VMM_MEMORY.conditions().contains("2.5 MB"));
    }

    @Test
    void headlineFiguresMatchCalibrationMd() {
        assertTrue(Source.VMM_MEMORY_OVERHEAD.value().contains("Firecracker 2.5 MB, Cloud Hypervisor 13.3 MB, QEMU 131 MB"));
        assertTrue(Source.FULL_DISTRO_GUEST_BOOT.value().contains("2.85 s kernel + 12.24 s userspace"));
        assertTrue(Source.DOCKER_RUN_WARM.citation().contains("#42096"));
        assertTrue(Source.DOCKER_PARALLEL_DOWNLOADS.value().startsWith("3 layers"));
        assertTrue(Source.ESTIMATE_FULL_DISTRO_IDLE_RSS.value().contains("150–400 MB"));
        assertTrue(Source.ESTIMATE_LAYER_EXTRACT_RATE.value().contains("100–300 MB/s"));
    }

    /** calibration.md §3: no source confirms "up to ~8000 guests" for LightVM. */
    @Test
    void lightVmIsNeverCreditedWithEightThousandGuests() {
        for (Source source : List.of(Source.LIGHTVM_BOOT, Source.LIGHTVM_VS_DOCKER, Source.LIGHTVM_DOCKER_BASELINE)) {
            assertFalse(source.value().contains("8000"), source.value());
        }
    }
}
