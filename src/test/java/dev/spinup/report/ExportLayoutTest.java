package dev.spinup.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.report.charts.Chart;
import dev.spinup.report.charts.Charts;
import dev.spinup.report.export.ExportFormat;
import dev.spinup.report.export.ExportSize;
import dev.spinup.report.style.Theme;
import dev.spinup.run.RunResult;
import dev.spinup.run.Runner;
import dev.spinup.scenario.Lessons;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SVG and the PDF of a chart at a slide size other than the design's are laid out like the PNG of that size:
 * the SVG's text boxes are the PNG layout's, to the pixel, and the PDF page, rendered, looks like the PNG.
 */
class ExportLayoutTest {

    private static final List<ExportSize> SIZES = List.of(new ExportSize(1280, 720), new ExportSize(1024, 768));
    private static final Pattern DIMENSIONS = Pattern.compile("<svg width=\"(\\d+)\" height=\"(\\d+)\"");

    @TempDir
    Path dir;

    static Stream<String> lessons() {
        return Lessons.names().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void svgTextIsWhereThePngLayoutPutsIt(String lesson) throws Exception {
        RunResult run = new Runner().run(Lessons.load(lesson).scenario());
        List<String> problems = new ArrayList<>();
        for (ExportSize size : SIZES) {
            Path out = dir.resolve(lesson + "-" + size.width());
            new ReportWriter(out).write(run, ReportOptions.of(Theme.PROJECTOR).withFormats(EnumSet.of(ReportFormat.SVG))
                    .withSize(size));
            for (Chart chart : Charts.forRun(run, Theme.PROJECTOR)) {
                byte[] svg = Files.readAllBytes(out.resolve(chart.slug().fileName("svg")));
                Matcher declared = DIMENSIONS.matcher(new String(svg, StandardCharsets.UTF_8));
                String where = lesson + "/" + chart.slug().value() + " at " + size.width() + "x" + size.height();
                if (!declared.find() || Integer.parseInt(declared.group(1)) != size.width()
                        || Integer.parseInt(declared.group(2)) != size.height()) {
                    problems.add(where + ": the SVG does not declare the size asked for");
                }
                // the PNG of this size is this drawing at the laid-out size, drawn down
                byte[] png = ExportFormat.svg().toBytes(chart.drawable(), size.laidOutFor(Theme.PROJECTOR));
                List<String> expected = SvgTextBoxes.of(png).stream().map(Object::toString).toList();
                List<String> actual = SvgTextBoxes.of(svg).stream().map(Object::toString).toList();
                if (!expected.equals(actual)) {
                    problems.add(where + ": text laid out unlike the PNG: " + actual + " instead of " + expected);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pdfLessons")
    void pdfPageLooksLikeThePngOfItsSize(String lesson) throws Exception {
        RunResult run = new Runner().run(Lessons.load(lesson).scenario());
        ExportSize size = new ExportSize(1280, 720);
        Path out = dir.resolve(lesson);
        new ReportWriter(out).write(run, ReportOptions.of(Theme.PROJECTOR)
                .withFormats(EnumSet.of(ReportFormat.PDF, ReportFormat.PNG)).withSize(size));
        for (Chart chart : Charts.forRun(run, Theme.PROJECTOR)) {
            BufferedImage png = ExportsReadBack.png(Files.readAllBytes(out.resolve(chart.slug().fileName("png"))));
            BufferedImage pdf = render(Files.readAllBytes(out.resolve(chart.slug().fileName("pdf"))));
            assertEquals(size.width(), pdf.getWidth(), chart.slug().value());
            assertEquals(size.height(), pdf.getHeight(), chart.slug().value());
            // the old way: laid out directly at the slide's size, so the type takes a bigger share of it
            BufferedImage unscaled = render(ExportFormat.pdf().toBytes(chart.drawable(), size));
            double same = difference(png, pdf);
            double other = difference(png, unscaled);
            // the stack diagram scales its own type with the canvas, so only a chart's layout can differ
            boolean discriminates = chart.jfreeChart().isEmpty() || same * 3 < other;
            assertTrue(same < 0.03 && discriminates, lesson + "/" + chart.slug().value() + ": the PDF differs from"
                    + " the PNG by " + same + " (a page laid out at the slide's own size differs by " + other + ")");
        }
    }

    static Stream<String> pdfLessons() {
        return Stream.of("hello", "microvms", "docker-build", "steady-state-overhead");
    }

    private static BufferedImage render(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImage(0, 1f);
        }
    }

    /** Mean difference in luminance (0..1) over a grid of 64 x 36 cells, each the mean of its pixels. */
    private static double difference(BufferedImage a, BufferedImage b) {
        int cols = 64;
        int rows = 36;
        double total = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                total += Math.abs(cell(a, c, r, cols, rows) - cell(b, c, r, cols, rows));
            }
        }
        return total / (cols * rows);
    }

    private static double cell(BufferedImage image, int c, int r, int cols, int rows) {
        int x0 = c * image.getWidth() / cols;
        int x1 = (c + 1) * image.getWidth() / cols;
        int y0 = r * image.getHeight() / rows;
        int y1 = (r + 1) * image.getHeight() / rows;
        double sum = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = image.getRGB(x, y);
                sum += (0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff)) / 255;
            }
        }
        return sum / ((x1 - x0) * (y1 - y0));
    }
}
