package dev.spinup.report.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.report.SampleCharts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ThemeTest {

    @Test
    void projectorTypeIsLargerThanScreenTypeEverywhere() {
        JFreeChart screen = themed(SampleCharts.readyOverTime(), Theme.SCREEN);
        JFreeChart projector = themed(SampleCharts.readyOverTime(), Theme.PROJECTOR);
        assertLarger(font(screen.getTitle().getFont()), font(projector.getTitle().getFont()), "title");
        XYPlot s = screen.getXYPlot();
        XYPlot p = projector.getXYPlot();
        assertLarger(font(s.getDomainAxis().getLabelFont()), font(p.getDomainAxis().getLabelFont()), "axis label");
        assertLarger(font(s.getRangeAxis().getTickLabelFont()), font(p.getRangeAxis().getTickLabelFont()), "ticks");
        assertLarger(font(screen.getLegend().getItemFont()), font(projector.getLegend().getItemFont()), "legend");
        assertLarger(font(annotation(s).getFont()), font(annotation(p).getFont()), "annotation");
        assertLarger(font(marker(s).getLabelFont()), font(marker(p).getLabelFont()), "marker label");
    }

    @Test
    void projectorLinesAreThickEnoughForTheBackRow() {
        JFreeChart screen = themed(SampleCharts.readyOverTime(), Theme.SCREEN);
        JFreeChart projector = themed(SampleCharts.readyOverTime(), Theme.PROJECTOR);
        for (int series = 0; series < 2; series++) {
            float s = width(screen.getXYPlot().getRenderer().getSeriesStroke(series));
            float p = width(projector.getXYPlot().getRenderer().getSeriesStroke(series));
            assertTrue(p >= 4f, "projector series line is " + p + " px");
            assertTrue(p > s, "projector " + p + " px vs screen " + s + " px");
        }
        assertTrue(width(projector.getXYPlot().getDomainAxis().getAxisLineStroke())
                > width(screen.getXYPlot().getDomainAxis().getAxisLineStroke()));
    }

    @Test
    void projectorTextHasFullContrast() {
        ThemeColours c = Theme.PROJECTOR.style().colours();
        assertTrue(PaletteTest.contrast(c.text(), c.background()) >= 15);
        assertTrue(PaletteTest.contrast(c.mutedText(), c.background()) >= 15);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyThemeKeepsTheSeriesColoursTheBuilderChose(Theme theme) {
        JFreeChart chart = themed(SampleCharts.readyOverTime(), theme);
        XYItemRenderer r = chart.getXYPlot().getRenderer();
        assertEquals(Palette.colourFor(StackColourKey.VM_TYPE1), r.getSeriesPaint(0));
        assertEquals(Palette.colourFor(StackColourKey.CONTAINER), r.getSeriesPaint(1));
        JFreeChart bars = themed(SampleCharts.memoryByComponent(), theme);
        assertEquals(Palette.colourFor(MemoryColourKey.GUEST_KERNEL_OS),
                bars.getCategoryPlot().getRenderer().getSeriesPaint(1));
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyThemeLeavesTextReadableOnItsBackground(Theme theme) {
        JFreeChart chart = themed(SampleCharts.memoryByComponent(), theme);
        Color background = (Color) chart.getBackgroundPaint();
        Color title = (Color) chart.getTitle().getPaint();
        Color ticks = (Color) chart.getCategoryPlot().getRangeAxis().getTickLabelPaint();
        assertEquals(theme.style().colours().background(), background);
        assertTrue(PaletteTest.contrast(title, background) >= 7, "title contrast in " + theme);
        assertTrue(PaletteTest.contrast(ticks, background) >= 4.5, "tick label contrast in " + theme);
    }

    @Test
    void darkThemeIsDark() {
        JFreeChart chart = themed(SampleCharts.bootTimeline(), Theme.DARK);
        assertTrue(Palette.relativeLuminance((Color) chart.getBackgroundPaint()) < 0.05);
        assertTrue(Palette.relativeLuminance((Color) chart.getXYPlot().getBackgroundPaint()) < 0.05);
    }

    @Test
    void uncolouredSeriesGetPaletteColoursNotJFreeChartDefaults() {
        XYSeriesCollection d = new XYSeriesCollection();
        for (int i = 0; i < 3; i++) {
            XYSeries s = new XYSeries("s" + i);
            s.add(0, i);
            s.add(1, i + 1);
            d.addSeries(s);
        }
        JFreeChart chart = new JFreeChart(new XYPlot(d, new NumberAxis("x"), new NumberAxis("y"),
                new XYLineAndShapeRenderer()));
        Theme.SCREEN.apply(chart);
        for (int i = 0; i < 3; i++) {
            Paint p = ((XYLineAndShapeRenderer) chart.getXYPlot().getRenderer()).lookupSeriesPaint(i);
            assertTrue(Swatch.of(p).isPresent(), "series " + i + " got " + p);
        }
    }

    @Test
    void switchingBackFromPrintRemovesDashesHatchesAndLegendDecoration() {
        JFreeChart lines = SampleCharts.readyOverTime();
        Theme.PRINT.apply(lines);
        Theme.SCREEN.apply(lines);
        JFreeChart fresh = themed(SampleCharts.readyOverTime(), Theme.SCREEN);
        for (int series = 0; series < 2; series++) {
            BasicStroke switched = (BasicStroke) lines.getXYPlot().getRenderer().getSeriesStroke(series);
            assertNull(switched.getDashArray());
            assertEquals(fresh.getXYPlot().getRenderer().getSeriesStroke(series), switched);
        }
        assertEquals(fresh.getTitle().getFont(), lines.getTitle().getFont());

        JFreeChart bars = SampleCharts.memoryByComponent();
        Theme.PRINT.apply(bars);
        Theme.SCREEN.apply(bars);
        assertInstanceOf(StandardBarPainter.class, ((StackedBarRenderer) bars.getCategoryPlot().getRenderer())
                .getBarPainter());
        assertInstanceOf(CategoryPlot.class, bars.getLegend().getSources()[0]);
    }

    @Test
    void applyingTwiceChangesNothing() {
        JFreeChart once = themed(SampleCharts.memoryByComponent(), Theme.PROJECTOR);
        JFreeChart twice = themed(themed(SampleCharts.memoryByComponent(), Theme.PROJECTOR), Theme.PROJECTOR);
        assertEquals(once.getCategoryPlot().getRangeAxis().getTickLabelFont(),
                twice.getCategoryPlot().getRangeAxis().getTickLabelFont());
        assertEquals(once.getCategoryPlot().getRenderer().getSeriesPaint(2),
                twice.getCategoryPlot().getRenderer().getSeriesPaint(2));
        assertEquals(once.getLegend().getSources()[0].getClass(), twice.getLegend().getSources()[0].getClass());
    }

    @Test
    void subplotsOfACombinedPlotAreStyledToo() {
        XYPlot top = SampleCharts.readyOverTime().getXYPlot();
        XYPlot bottom = SampleCharts.bootTimeline().getXYPlot();
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(new NumberAxis("Time (s)"));
        combined.add(top);
        combined.add(bottom);
        Theme.PROJECTOR.apply(new JFreeChart(combined));
        float tick = Theme.PROJECTOR.style().fonts().tickLabel();
        assertEquals(tick, top.getRangeAxis().getTickLabelFont().getSize2D());
        assertEquals(tick, bottom.getRangeAxis().getTickLabelFont().getSize2D());
        assertEquals(Theme.PROJECTOR.style().strokes().series(), width(top.getRenderer().getSeriesStroke(0)));
    }

    private static JFreeChart themed(JFreeChart chart, Theme theme) {
        theme.apply(chart);
        return chart;
    }

    private static float font(Font f) {
        return f.getSize2D();
    }

    private static float width(java.awt.Stroke s) {
        return ((BasicStroke) s).getLineWidth();
    }

    private static XYTextAnnotation annotation(XYPlot plot) {
        return (XYTextAnnotation) plot.getAnnotations().get(0);
    }

    private static Marker marker(XYPlot plot) {
        return (Marker) plot.getDomainMarkers(Layer.FOREGROUND).iterator().next();
    }

    private static void assertLarger(float small, float large, String what) {
        assertTrue(large > small * 1.5f, what + ": projector " + large + " pt vs screen " + small + " pt");
    }
}
