package dev.spinup.report.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.report.ExportsReadBack;
import dev.spinup.report.export.CsvWriter;
import dev.spinup.report.export.ExportFormat;
import dev.spinup.report.export.ExportSize;
import dev.spinup.report.style.Theme;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedRangeCategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every chart of two lessons, exported and read back as a user's tools would read the files. */
class ChartExportsTest {

    private static final ExportSize SLIDE = new ExportSize(1920, 1080);

    static Stream<Chart> charts() {
        List<Chart> all = new ArrayList<>(Charts.forRun(LessonRuns.bootStorm(), Theme.PROJECTOR));
        all.addAll(Charts.forRun(LessonRuns.build(), Theme.PROJECTOR).stream()
                .filter(c -> c.slug().value().equals("build-steps")).toList());
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void pngIsTheRightSizeAndNotBlank(Chart chart) {
        BufferedImage png = ExportsReadBack.png(ExportFormat.png().toBytes(chart.drawable(), SLIDE));
        assertEquals(1920, png.getWidth());
        assertEquals(1080, png.getHeight());
        double ink = ExportsReadBack.inkShare(png);
        assertTrue(ink > 0.03, chart.slug() + " is nearly blank: " + ink);
        assertTrue(ExportsReadBack.colours(png, 50) >= 5, chart.slug() + " has hardly any colours");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void svgIsXmlWithTheTitleAndAxisLabelsAsText(Chart chart) {
        List<String> texts = ExportsReadBack.svgTexts(ExportFormat.svg().toBytes(chart.drawable(), SLIDE));
        List<String> expected = new ArrayList<>();
        chart.jfreeChart().ifPresentOrElse(jfree -> {
            expected.add(jfree.getTitle().getText());
            expected.addAll(axisLabels(jfree));
        }, () -> expected.add(ChartScenarios.FIRECRACKER.label()));
        assertTrue(expected.size() > 1 || chart.jfreeChart().isEmpty(), "no axis labels found to look for");
        for (String text : expected) {
            assertTrue(texts.contains(text), chart.slug() + ": no \"" + text + "\" in " + texts);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void pdfIsOnePage(Chart chart) {
        assertEquals(1, ExportsReadBack.pdfPages(ExportFormat.pdf().toBytes(chart.drawable(), SLIDE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void csvReadsBackAsTheChartsTable(Chart chart) {
        byte[] csv = CsvWriter.toCsv(chart.data()).getBytes(StandardCharsets.UTF_8);
        assertEquals(chart.data().columns(), ExportsReadBack.csvHeader(csv));
        var rows = ExportsReadBack.csv(csv);
        assertEquals(chart.data().rows().size(), rows.size());
        assertTrue(rows.size() > 0, chart.slug() + " has an empty table");
        for (int r = 0; r < rows.size(); r++) {
            List<String> fields = new ArrayList<>(rows.get(r).values());
            List<String> cells = chart.data().rows().get(r).stream().map(c -> c.text()).toList();
            assertEquals(cells, fields, chart.slug() + " row " + r);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void hiDpiPngHasTwiceThePixels(Chart chart) {
        BufferedImage png = ExportsReadBack.png(ExportFormat.png(2).toBytes(chart.drawable(),
                new ExportSize(960, 540)));
        assertEquals(1920, png.getWidth());
        assertEquals(1080, png.getHeight());
    }

    private static List<String> axisLabels(JFreeChart chart) {
        List<String> labels = new ArrayList<>();
        for (Plot plot : plots(chart.getPlot())) {
            List<Axis> axes = new ArrayList<>();
            if (plot instanceof XYPlot xy) {
                axes.add(xy.getDomainAxis());
                axes.add(xy.getRangeAxis());
            } else if (plot instanceof CategoryPlot cat) {
                axes.add(cat.getDomainAxis());
                axes.add(cat.getRangeAxis());
            }
            axes.stream().filter(a -> a != null && a.getLabel() != null).forEach(a -> labels.add(a.getLabel()));
            if (plot instanceof CategoryPlot cat && cat.getDomainAxis() instanceof BuildStepAxis) {
                // no axis label (the build chart's panels are headed by a row): its rows are the text to find
                cat.getCategories().forEach(c -> labels.add(c.toString()));
            }
        }
        return labels;
    }

    private static List<Plot> plots(Plot plot) {
        List<Plot> all = new ArrayList<>(List.of(plot));
        if (plot instanceof CombinedDomainXYPlot c) {
            all.addAll(c.getSubplots());
        } else if (plot instanceof CombinedRangeXYPlot c) {
            all.addAll(c.getSubplots());
        } else if (plot instanceof CombinedRangeCategoryPlot c) {
            all.addAll(c.getSubplots());
        }
        return all;
    }
}
