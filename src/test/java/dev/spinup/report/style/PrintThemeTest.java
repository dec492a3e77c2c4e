package dev.spinup.report.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.report.SampleCharts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** PRINT must keep series apart without colour: by dash, marker or hatch. */
class PrintThemeTest {

    @Test
    void theCuesOfAllSwatchesArePairwiseDistinct() {
        Set<String> dashes = new HashSet<>();
        Set<MarkerShape> markers = new HashSet<>();
        Set<HatchPattern> hatches = new HashSet<>();
        for (Swatch swatch : Swatch.values()) {
            GreyscaleCue cue = GreyscaleCue.forSwatch(swatch);
            dashes.add(Arrays.toString(cue.dash().dashes(2f)));
            markers.add(cue.marker());
            hatches.add(cue.hatch());
        }
        assertEquals(Swatch.values().length, dashes.size());
        assertEquals(Swatch.values().length, markers.size());
        assertEquals(Swatch.values().length, hatches.size());
    }

    @Test
    void everyStackLineInPrintDiffersFromEveryOtherByDashOrMarker() {
        StackColourKey[] stacks = StackColourKey.values();
        XYSeriesCollection d = new XYSeriesCollection();
        for (StackColourKey stack : stacks) {
            XYSeries s = new XYSeries(stack.name());
            s.add(0, stack.ordinal());
            s.add(1, stack.ordinal() + 1);
            d.addSeries(s);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        for (StackColourKey stack : stacks) {
            renderer.setSeriesPaint(stack.ordinal(), Palette.colourFor(stack));
        }
        JFreeChart chart = new JFreeChart(new XYPlot(d, new NumberAxis("t"), new NumberAxis("n"), renderer));
        Theme.PRINT.apply(chart);

        XYItemRenderer r = chart.getXYPlot().getRenderer();
        for (int a = 0; a < stacks.length; a++) {
            for (int b = a + 1; b < stacks.length; b++) {
                if (Palette.swatchFor(stacks[a]) == Palette.swatchFor(stacks[b])) {
                    continue; // kinds that share a colour are never drawn together (PaletteTest, StackColours)
                }
                boolean dashDiffers = !Arrays.equals(((BasicStroke) r.getSeriesStroke(a)).getDashArray(),
                        ((BasicStroke) r.getSeriesStroke(b)).getDashArray());
                boolean markerDiffers = !new Area(r.getSeriesShape(a)).equals(new Area(r.getSeriesShape(b)));
                assertTrue(dashDiffers && markerDiffers, stacks[a] + " and " + stacks[b] + " look alike in grey");
            }
        }
    }

    @Test
    void aStackKeepsItsDashWhateverItsPositionInTheChart() {
        JFreeChart first = lineChartOf(StackColourKey.VM_TYPE1, StackColourKey.CONTAINER);
        JFreeChart second = lineChartOf(StackColourKey.MICROVM, StackColourKey.CONTAINER, StackColourKey.VM_TYPE1);
        Theme.PRINT.apply(first);
        Theme.PRINT.apply(second);
        XYItemRenderer a = first.getXYPlot().getRenderer();
        XYItemRenderer b = second.getXYPlot().getRenderer();
        assertEquals(a.getSeriesStroke(0), b.getSeriesStroke(2), "VM_TYPE1");
        assertEquals(a.getSeriesStroke(1), b.getSeriesStroke(1), "CONTAINER");
    }

    @Test
    void printBarsAreHatchedAndTheLegendShowsTheSameHatches() {
        JFreeChart chart = SampleCharts.memoryByComponent();
        Theme.PRINT.apply(chart);
        StackedBarRenderer renderer = (StackedBarRenderer) chart.getCategoryPlot().getRenderer();
        assertInstanceOf(HatchedBarPainter.class, renderer.getBarPainter());

        LegendItemCollection items = chart.getLegend().getSources()[0].getLegendItems();
        List<Area> swatches = new ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            swatches.add(new Area(items.get(i).getShape()));
        }
        assertEquals(5, swatches.size());
        for (int a = 0; a < swatches.size(); a++) {
            for (int b = a + 1; b < swatches.size(); b++) {
                // Area.equals(Area) compares geometry; assertEquals would only compare identity.
                assertFalse(swatches.get(a).equals(swatches.get(b)), "legend swatches " + a + " and " + b);
            }
        }
    }

    @Test
    void screenLegendSwatchesArePlainSquares() {
        JFreeChart chart = SampleCharts.memoryByComponent();
        Theme.SCREEN.apply(chart);
        LegendItemCollection items = chart.getLegend().getSources()[0].getLegendItems();
        Area first = new Area(items.get(0).getShape());
        assertTrue(first.isRectangular());
        assertTrue(first.equals(new Area(items.get(3).getShape())));
    }

    @Test
    void twoHatchedBarsDifferInGreyscalePixels() {
        HatchedBarPainter painter = new HatchedBarPainter(6, Color.BLACK, 1f);
        StackedBarRenderer renderer = new StackedBarRenderer();
        // Orange and sky blue are close in luminance: colour alone would not tell them apart on grey paper.
        renderer.setSeriesPaint(0, Swatch.ORANGE.colour());
        renderer.setSeriesPaint(1, Swatch.SKY_BLUE.colour());
        int[] orange = greyPixels(painter, renderer, 0);
        int[] skyBlue = greyPixels(painter, renderer, 1);
        assertFalse(Arrays.equals(orange, skyBlue));
        assertTrue(distinctValues(skyBlue) >= 2, "the sky blue bar shows its hatch");
    }

    private static int[] greyPixels(HatchedBarPainter painter, StackedBarRenderer renderer, int series) {
        BufferedImage image = new BufferedImage(60, 60, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g2 = image.createGraphics();
        g2.setColor(Color.WHITE);
        g2.fillRect(0, 0, 60, 60);
        Shape bar = new Rectangle2D.Double(5, 5, 50, 50);
        painter.paintBar(g2, renderer, series, 0, (Rectangle2D) bar, RectangleEdge.BOTTOM);
        g2.dispose();
        return image.getRaster().getPixels(10, 10, 40, 40, (int[]) null);
    }

    private static long distinctValues(int[] pixels) {
        return Arrays.stream(pixels).distinct().count();
    }

    private static JFreeChart lineChartOf(StackColourKey... stacks) {
        XYSeriesCollection d = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        for (int i = 0; i < stacks.length; i++) {
            XYSeries s = new XYSeries(stacks[i].name());
            s.add(0, i);
            d.addSeries(s);
            renderer.setSeriesPaint(i, Palette.colourFor(stacks[i]));
        }
        return new JFreeChart(new XYPlot(d, new NumberAxis("t"), new NumberAxis("n"), renderer));
    }
}
