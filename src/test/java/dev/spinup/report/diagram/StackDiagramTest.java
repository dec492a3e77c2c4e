package dev.spinup.report.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.report.diagram.DiagramLayer.Band;
import dev.spinup.report.diagram.DiagramLayer.BoxRow;
import dev.spinup.report.export.ExportFormat;
import dev.spinup.report.export.ExportSize;
import dev.spinup.report.style.LayerColourKey;
import dev.spinup.report.style.Palette;
import dev.spinup.report.style.Theme;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StackDiagramTest {

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280,720", "1920,1080", "480,300", "500,800", "2400,400", "320,240"})
    void everyLabelFitsInsideItsBoxAndNothingOverlaps(int width, int height) {
        Rectangle2D area = new Rectangle2D.Double(0, 0, width, height);
        DiagramLayout layout = StackDiagram.containersVersusVirtualMachines(Theme.SCREEN).layout(area, FRC);

        assertEquals(3 * 3 + 2 + 3 * 2 + 3, layout.blocks().size(), "boxes and bands of the canonical picture");
        for (DiagramLayout.Block block : layout.blocks()) {
            assertInside(area, block.bounds(), "block");
            assertInside(block.bounds(), block.textArea(), "text area");
            for (Rectangle2D line : block.text().lineBounds(block.textArea(), FRC)) {
                assertInside(block.textArea(), line, "label \"" + block.text().lines() + "\"");
            }
        }
        for (int a = 0; a < layout.blocks().size(); a++) {
            for (int b = a + 1; b < layout.blocks().size(); b++) {
                Rectangle2D ra = layout.blocks().get(a).bounds();
                Rectangle2D rb = layout.blocks().get(b).bounds();
                assertTrue(!ra.intersects(rb), "blocks overlap: " + ra + " and " + rb);
            }
        }
        for (DiagramLayout.Title title : layout.titles()) {
            for (Rectangle2D line : title.text().lineBounds(title.box(), FRC)) {
                assertInside(title.box(), line, "title");
            }
            for (DiagramLayout.Block block : layout.blocks()) {
                assertTrue(title.box().getMaxY() <= block.bounds().getMinY(), "title above every block");
            }
        }
        for (DiagramLayout.Frame frame : layout.frames()) {
            assertInside(area, frame.bounds(), "frame");
            for (Rectangle2D line : frame.label().lineBounds(frame.labelBox(), FRC)) {
                assertInside(frame.labelBox(), line, "frame label");
            }
        }
        assertEquals(6, layout.frames().size(), "three VMs and three containers are framed");
    }

    @Test
    void labelsAndStrokesScaleWithTheArea() {
        StackDiagram diagram = StackDiagram.containersVersusVirtualMachines(Theme.SCREEN);
        DiagramLayout small = diagram.layout(new Rectangle2D.Double(0, 0, 800, 450), FRC);
        DiagramLayout large = diagram.layout(new Rectangle2D.Double(0, 0, 1600, 900), FRC);
        for (int i = 0; i < small.blocks().size(); i++) {
            float s = small.blocks().get(i).text().font().getSize2D();
            float l = large.blocks().get(i).text().font().getSize2D();
            assertEquals(2.0, l / s, 0.05, "font of block " + i);
        }
        assertEquals(2.0, large.strokeWidth() / small.strokeWidth(), 0.05);
    }

    @Test
    void framesHoldTheirInstancesBoxes() {
        DiagramLayout layout = StackDiagram.containersVersusVirtualMachines(Theme.SCREEN)
                .layout(new Rectangle2D.Double(0, 0, 1280, 720), FRC);
        for (DiagramLayout.Block block : layout.blocks()) {
            boolean perInstance = block.kind() == LayerColourKey.APP || block.kind() == LayerColourKey.BINS_LIBS
                    || block.kind() == LayerColourKey.GUEST_OS;
            long holders = layout.frames().stream().filter(f -> f.bounds().contains(block.bounds())).count();
            assertEquals(perInstance ? 1 : 0, holders, block.kind() + " " + block.text().lines());
        }
    }

    @Test
    void thePngShowsEveryLayerInItsPaletteColour() throws Exception {
        byte[] png = ExportFormat.png(2).toBytes(StackDiagram.containersVersusVirtualMachines(Theme.SCREEN),
                new ExportSize(640, 360));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1280, image.getWidth());
        for (LayerColourKey key : LayerColourKey.values()) {
            int rgb = Palette.colourFor(key).getRGB();
            long pixels = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    if (image.getRGB(x, y) == rgb) {
                        pixels++;
                    }
                }
            }
            assertTrue(pixels > 2000, key + " has only " + pixels + " pixels");
        }
    }

    @Test
    void theSvgCarriesEveryLabelAsText() {
        String svg = new String(ExportFormat.svg().toBytes(
                StackDiagram.containersVersusVirtualMachines(Theme.PRINT), new ExportSize(1000, 600)),
                StandardCharsets.UTF_8);
        assertEquals(3, count(svg, ">Guest OS</text>"));
        assertEquals(6, count(svg, ">Bins/Libs</text>"));
        assertEquals(2, count(svg, ">App 3</text>"));
        assertEquals(2, count(svg, ">Infrastructure</text>"));
        assertEquals(1, count(svg, ">Docker Engine</text>"));
        assertEquals(1, count(svg, ">Hypervisor \\(type 1\\)</text>"));
        assertEquals(1, count(svg, ">Containers on Docker</text>"));
    }

    @Test
    void columnsRejectFramesTheyCannotDraw() {
        assertThrows(IllegalArgumentException.class, () -> new DiagramColumn("x", List.of(
                new BoxRow(List.of("a", "b"), LayerColourKey.GUEST_OS),
                new BoxRow(List.of("a", "b", "c"), LayerColourKey.APP)), Optional.of("VM")));
        assertThrows(IllegalArgumentException.class, () -> new DiagramColumn("x", List.of(
                new BoxRow(List.of("a"), LayerColourKey.GUEST_OS),
                new Band("on top", LayerColourKey.HOST_OS)), Optional.of("VM")));
        assertThrows(IllegalArgumentException.class, () -> new DiagramColumn("x", List.of(), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> DiagramColumn.containersOnDocker(0));
    }

    @Test
    void unframedRowsOfDifferentWidthsAreLaidOut() {
        // Containers inside VMs: two VMs, four containers, no frames.
        DiagramColumn nested = new DiagramColumn("Containers in VMs", List.of(
                new Band("Infrastructure", LayerColourKey.INFRASTRUCTURE),
                new Band("Hypervisor", LayerColourKey.HYPERVISOR),
                BoxRow.repeated("Guest OS", 2, LayerColourKey.GUEST_OS),
                BoxRow.repeated("containerd", 2, LayerColourKey.CONTAINER_ENGINE),
                new BoxRow(List.of("App 1", "App 2", "App 3", "App 4"), LayerColourKey.APP)), Optional.empty());
        DiagramLayout layout = new StackDiagram(List.of(nested), Theme.SCREEN)
                .layout(new Rectangle2D.Double(0, 0, 900, 600), FRC);
        assertEquals(2 + 2 + 2 + 4, layout.blocks().size());
        assertEquals(0, layout.frames().size());
    }

    private static void assertInside(Rectangle2D outer, Rectangle2D inner, String what) {
        double eps = 0.01;
        assertTrue(inner.getMinX() >= outer.getMinX() - eps && inner.getMaxX() <= outer.getMaxX() + eps
                && inner.getMinY() >= outer.getMinY() - eps && inner.getMaxY() <= outer.getMaxY() + eps,
                what + " " + inner + " pokes out of " + outer);
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
