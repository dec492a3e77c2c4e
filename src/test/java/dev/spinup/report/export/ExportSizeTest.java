package dev.spinup.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spinup.report.style.Theme;
import org.junit.jupiter.api.Test;

class ExportSizeTest {

    @Test
    void aSmallProjectorSlideIsLaidOutAtTheDesignHeightAndDrawnBackToItsOwnPixels() {
        for (ExportSize slide : new ExportSize[] {new ExportSize(1024, 768), new ExportSize(1280, 720),
                new ExportSize(1600, 900), new ExportSize(1920, 1080)}) {
            ExportSize canvas = slide.laidOutFor(Theme.PROJECTOR);
            assertEquals(1080, canvas.height());
            assertEquals(slide, new PngFormat(slide.scaleFrom(Theme.PROJECTOR)).pixelSize(canvas));
        }
        assertEquals(new ExportSize(1440, 1080), new ExportSize(1024, 768).laidOutFor(Theme.PROJECTOR));
    }
}
