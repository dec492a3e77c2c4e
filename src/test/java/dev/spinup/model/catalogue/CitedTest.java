package dev.spinup.model.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CitedTest {

    @Test
    void ofKeepsTheValueAndItsSource() {
        Cited<Integer> downloads = Cited.of(3, Source.DOCKER_PARALLEL_DOWNLOADS);

        assertEquals(3, downloads.value());
        assertSame(Source.DOCKER_PARALLEL_DOWNLOADS, downloads.source());
    }

    @Test
    void mapConvertsTheValueButKeepsTheProvenance() {
        Cited<Long> bootMillis = Cited.of(110L, Source.FIRECRACKER_BOOT_TO_INIT);

        Cited<Duration> boot = bootMillis.map(Duration::ofMillis);

        assertEquals(Duration.ofMillis(110), boot.value());
        assertSame(Source.FIRECRACKER_BOOT_TO_INIT, boot.source());
    }

    @Test
    void aValueWithoutProvenanceIsRejected() {
        assertThrows(NullPointerException.class, () -> Cited.of(1, null));
        assertThrows(NullPointerException.class, () -> Cited.of(null, Source.KATA_BOOT));
        assertThrows(NullPointerException.class, () -> Cited.of(1, Source.KATA_BOOT).map(v -> null));
    }

    @Test
    void estimatesAreFlaggedSoTheUiCanMarkThemAdjustable() {
        assertTrue(Cited.of(250, Source.ESTIMATE_FULL_DISTRO_IDLE_RSS).isEstimate());
        assertFalse(Cited.of(47, Source.MINIMAL_GUEST_FOOTPRINT).isEstimate());
    }
}
