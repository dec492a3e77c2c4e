package dev.spinup.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The app's own options: a lesson as the first plain argument, --key=value options, bare --flags. */
class AppOptionsTest {

    @Test
    void aBareFlagIsNotTakenForTheLesson() {
        AppOptions options = AppOptions.parse(Map.of(), List.of("--startup-probe"));
        assertEquals("hello", options.lesson());
        assertTrue(options.startupProbe());
    }

    @Test
    void lessonAndScreenshotOptions() {
        AppOptions options = AppOptions.parse(Map.of("screenshot", "x.png", "at", "8s", "size", "1280x720"),
                List.of("boot-storm"));
        assertEquals("boot-storm", options.lesson());
        assertEquals("x.png", options.screenshot().orElseThrow());
        assertEquals(8.0, options.atSeconds());
        assertEquals(1280, options.width());
        assertEquals(720, options.height());
        assertFalse(options.startupProbe());
    }
}
