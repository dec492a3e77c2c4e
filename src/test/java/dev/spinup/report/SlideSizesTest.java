package dev.spinup.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.report.charts.Chart;
import dev.spinup.report.charts.Charts;
import dev.spinup.report.export.CsvTable;
import dev.spinup.report.export.ExportFormat;
import dev.spinup.report.export.ExportSize;
import dev.spinup.report.export.Slug;
import dev.spinup.report.style.Theme;
import dev.spinup.run.RunResult;
import dev.spinup.run.Runner;
import dev.spinup.scenario.Lessons;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every chart of every built-in lesson, laid out as a projector slide of 1280x720, 1600x900, 1920x1080 and
 * 1024x768 exactly as {@link ReportWriter} lays out its PNGs: the plot keeps a readable share of the slide, the
 * titles above it do not squeeze it out, no text is cut off and no two texts are drawn over each other.
 */
class SlideSizesTest {

    /** The slide sizes issue 9 §4 names: 720p, the README's 900p, 1080p and a 4:3 projector. */
    static final List<ExportSize> SLIDES = List.of(new ExportSize(1280, 720), new ExportSize(1600, 900),
            new ExportSize(1920, 1080), new ExportSize(1024, 768));

    /** Pixels of the laid-out canvas two texts may share before they read as drawn over each other. */
    private static final double OVERLAP_TOLERANCE = 1.5;

    static Stream<String> lessons() {
        return Lessons.names().stream();
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void everyChartKeepsItsPlotReadableAtEverySlideSize(String lesson) throws Exception {
        RunResult run = new Runner().run(Lessons.load(lesson).scenario());
        List<String> problems = new ArrayList<>();
        for (Chart chart : Charts.forRun(run, Theme.PROJECTOR)) {
            for (ExportSize slide : SLIDES) {
                ExportSize canvas = slide.laidOutFor(Theme.PROJECTOR);
                String where = lesson + "/" + chart.slug() + " at " + slide.width() + "x" + slide.height();
                problems.addAll(textProblems(where, chart, canvas));
                if (chart.jfreeChart().isEmpty()) {
                    continue; // the stack diagram: its text is checked, it has no plot
                }
                Rectangle2D data = dataArea(chart.jfreeChart().get(), canvas);
                double share = data.getWidth() * data.getHeight() / (canvas.width() * (double) canvas.height());
                if (share < 0.25) {
                    problems.add(where + ": plot is " + Math.round(share * 100) + " % of the slide");
                }
                if (data.getMinY() > canvas.height() * 0.40) {
                    problems.add(where + ": titles take " + Math.round(data.getMinY() * 100 / canvas.height())
                            + " % of the height above the plot");
                }
                if (data.getMaxX() > canvas.width() || data.getMaxY() > canvas.height()) {
                    problems.add(where + ": plot runs off the slide");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theTextCheckFindsTextDrawnOverTextAndABarLabelCutOffByThePlotsEdge() {
        XYSeries series = new XYSeries("ready");
        series.add(0, 0);
        series.add(10, 10);
        NumberAxis time = new NumberAxis("Time (s)");
        time.setRange(0, 10);
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), time, new NumberAxis("Ready"),
                new XYLineAndShapeRenderer());
        plot.addAnnotation(new XYTextAnnotation("first label", 5, 5));
        plot.addAnnotation(new XYTextAnnotation("second label", 5.2, 5));
        XYTextAnnotation edge = new XYTextAnnotation("45 s", 9.9, 8);
        edge.setTextAnchor(TextAnchor.CENTER_LEFT);
        plot.addAnnotation(edge);
        JFreeChart jfree = new JFreeChart("A chart", plot);
        Theme.PROJECTOR.apply(jfree);
        Chart chart = new Chart(new Slug("probe"), "A chart", jfree, CsvTable.builder("x").build());
        List<String> problems = textProblems("probe", chart, new ExportSize(1920, 1080));
        assertTrue(problems.stream().anyMatch(p -> p.contains("\"first label\"") && p.contains("overlaps")
                && p.contains("\"second label\"")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("\"45 s\"") && p.contains("cut off")),
                problems.toString());
        assertEquals(2, problems.size(), problems.toString());
    }

    /**
     * Text cut off by its clip or the slide's edge, and texts drawn over each other (tick labels, bar labels,
     * annotations, legend and titles alike), read back from the chart's SVG at the slide's laid-out canvas.
     */
    static List<String> textProblems(String where, Chart chart, ExportSize canvas) {
        List<SvgTextBoxes.TextBox> boxes = SvgTextBoxes.of(ExportFormat.svg().toBytes(chart.drawable(), canvas));
        Rectangle2D slide = new Rectangle2D.Double(-0.5, -0.5, canvas.width() + 1, canvas.height() + 1);
        List<String> problems = new ArrayList<>();
        for (int a = 0; a < boxes.size(); a++) {
            SvgTextBoxes.TextBox box = boxes.get(a);
            if (box.clipped() || !slide.contains(box.bounds())) {
                problems.add(where + ": " + box + " is cut off");
            }
            for (int b = a + 1; b < boxes.size(); b++) {
                if (box.overlaps(boxes.get(b), OVERLAP_TOLERANCE)) {
                    problems.add(where + ": " + box + " overlaps " + boxes.get(b));
                }
            }
        }
        return problems;
    }

    private static Rectangle2D dataArea(JFreeChart chart, ExportSize canvas) {
        BufferedImage image = new BufferedImage(canvas.width(), canvas.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g2, new Rectangle2D.Double(0, 0, canvas.width(), canvas.height()), info);
            return info.getPlotInfo().getDataArea();
        } finally {
            g2.dispose();
        }
    }
}
