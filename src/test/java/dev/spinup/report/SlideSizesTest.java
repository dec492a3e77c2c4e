package dev.spinup.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.report.charts.Chart;
import dev.spinup.report.charts.Charts;
import dev.spinup.report.export.ExportSize;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every chart of every built-in lesson, laid out as a projector slide of 1280x720, 1600x900, 1920x1080 and
 * 1024x768 exactly as {@link ReportWriter} lays out its PNGs: the plot keeps a readable share of the slide and the
 * titles above it do not squeeze it out.
 */
class SlideSizesTest {

    private static final List<ExportSize> SLIDES = List.of(new ExportSize(1280, 720), new ExportSize(1600, 900),
            new ExportSize(1920, 1080), new ExportSize(1024, 768));

    static Stream<String> lessons() {
        return Lessons.names().stream();
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void everyChartKeepsItsPlotReadableAtEverySlideSize(String lesson) throws Exception {
        RunResult run = new Runner().run(Lessons.load(lesson).scenario());
        List<String> problems = new ArrayList<>();
        for (Chart chart : Charts.forRun(run, Theme.PROJECTOR)) {
            if (chart.jfreeChart().isEmpty()) {
                continue;
            }
            for (ExportSize slide : SLIDES) {
                ExportSize canvas = slide.laidOutFor(Theme.PROJECTOR);
                Rectangle2D data = dataArea(chart.jfreeChart().get(), canvas);
                double share = data.getWidth() * data.getHeight() / (canvas.width() * (double) canvas.height());
                String where = lesson + "/" + chart.slug() + " at " + slide.width() + "x" + slide.height();
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
