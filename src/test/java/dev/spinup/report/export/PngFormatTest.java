package dev.spinup.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.report.SampleCharts;
import dev.spinup.report.style.Theme;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

class PngFormatTest {

    @Test
    void runsHeadless() {
        // The exports must work on a build server with no display; surefire's argLine sets this.
        assertTrue(GraphicsEnvironment.isHeadless());
    }

    @Test
    void writesTheRequestedSizeAtScaleOne() throws IOException {
        BufferedImage image = decode(ExportFormat.png().toBytes(chart(), new ExportSize(640, 400)));
        assertEquals(640, image.getWidth());
        assertEquals(400, image.getHeight());
        assertNotBlank(image);
    }

    @Test
    void hiDpiScaleMultipliesThePixelsButKeepsTheLayout() throws IOException {
        ExportSize size = new ExportSize(640, 400);
        BufferedImage one = decode(ExportFormat.png(1).toBytes(chart(), size));
        BufferedImage two = decode(ExportFormat.png(2).toBytes(chart(), size));
        BufferedImage oneAndHalf = decode(ExportFormat.png(1.5).toBytes(chart(), size));
        assertEquals(1280, two.getWidth());
        assertEquals(800, two.getHeight());
        assertEquals(960, oneAndHalf.getWidth());
        assertEquals(600, oneAndHalf.getHeight());
        assertNotBlank(two);
        // Same layout: where the 1x image has plot lines, the 2x image has them at twice the coordinates.
        assertTrue(agreement(one, two) > 0.9, "2x export is not the 1x layout scaled: " + agreement(one, two));
    }

    @Test
    void rejectsNonsenseScales() {
        assertThrows(IllegalArgumentException.class, () -> ExportFormat.png(0));
        assertThrows(IllegalArgumentException.class, () -> ExportFormat.png(Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> ExportFormat.png(100).toBytes(chart(), new ExportSize(4000, 4000)));
    }

    private static JFreeChart chart() {
        JFreeChart chart = SampleCharts.readyOverTime();
        Theme.SCREEN.apply(chart);
        return chart;
    }

    static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(image != null, "not a PNG");
        return image;
    }

    /** Many colours (antialiased text, series) and a fair share of pixels that are not the background. */
    static void assertNotBlank(BufferedImage image) {
        int background = image.getRGB(0, 0);
        Set<Integer> colours = new HashSet<>();
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                colours.add(rgb);
                if (rgb != background) {
                    ink++;
                }
            }
        }
        assertTrue(colours.size() > 50, "only " + colours.size() + " colours");
        double share = (double) ink / ((long) image.getWidth() * image.getHeight());
        assertTrue(share > 0.02, "only " + share + " of the pixels are drawn on");
    }

    /** Share of 1x pixels that are "dark" exactly where the 2x image is dark at the doubled position. */
    private static double agreement(BufferedImage one, BufferedImage two) {
        long dark = 0;
        long agree = 0;
        for (int y = 0; y < one.getHeight(); y++) {
            for (int x = 0; x < one.getWidth(); x++) {
                if (luma(one.getRGB(x, y)) < 100) {
                    dark++;
                    int darkest = 255;
                    for (int dy = -1; dy <= 2; dy++) {
                        for (int dx = -1; dx <= 2; dx++) {
                            int tx = Math.min(two.getWidth() - 1, Math.max(0, 2 * x + dx));
                            int ty = Math.min(two.getHeight() - 1, Math.max(0, 2 * y + dy));
                            darkest = Math.min(darkest, luma(two.getRGB(tx, ty)));
                        }
                    }
                    if (darkest < 128) {
                        agree++;
                    }
                }
            }
        }
        return dark == 0 ? 0 : (double) agree / dark;
    }

    private static int luma(int rgb) {
        return (((rgb >> 16) & 0xFF) * 299 + ((rgb >> 8) & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
    }
}
