package dev.spinup.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.report.charts.Chart;
import dev.spinup.report.charts.Charts;
import dev.spinup.report.export.CsvCell;
import dev.spinup.report.export.CsvTable;
import dev.spinup.report.style.Theme;
import dev.spinup.run.RunOptions;
import dev.spinup.run.RunResult;
import dev.spinup.run.Runner;
import dev.spinup.scenario.Lessons;
import dev.spinup.scenario.text.Expression;
import dev.spinup.scenario.text.FigureKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every lesson rendered: each figure in its text is the value {@link Figures} computes, and the charts' CSVs
 * (phase breakdown, density) hold that same value for the same quantity.
 */
class OneNumberOneValueTest {

    static List<String> lessons() {
        return Lessons.names();
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void textsAndChartDataReadTheSameFigures(String lesson) throws Exception {
        RunResult result = new Runner(RunOptions.DEFAULT).run(Lessons.load(lesson).scenario());
        Figures figures = Figures.of(result);
        LessonTexts.Rendered notice = LessonTexts.renderWithFigures(result.scenario().lesson().notice(), result);
        assertFalse(notice.figures().isEmpty(), "the notice of " + lesson + " names figures");
        assertFalse(notice.text().contains("{"), notice.text());
        for (LessonTexts.RenderedFigure f : notice.figures()) {
            assertTrue(f.value().defined(), f.placeholder() + " is defined in " + lesson);
            assertTrue(notice.text().startsWith(f.value().format(), f.renderedOffset()), f.placeholder());
        }
        for (Chart chart : Charts.forRun(result, Theme.PROJECTOR)) {
            CsvTable data = chart.data();
            if (chart.slug().toString().equals("phase-breakdown")) {
                // a phase's mean over the instances that went through it, from its segments' means per bar
                java.util.Map<String, double[]> phases = new java.util.TreeMap<>();
                java.util.Map<String, Double> bars = new java.util.HashMap<>();
                for (List<CsvCell> row : data.rows()) {
                    String key = text(data, row, "stack_id") + " " + text(data, row, "phase");
                    bars.merge(key + " " + text(data, row, "starts"), Double.parseDouble(text(data, row, "mean_s")),
                            Double::sum);
                    phases.putIfAbsent(key, new double[2]);
                }
                for (List<CsvCell> row : data.rows()) {
                    String key = text(data, row, "stack_id") + " " + text(data, row, "phase");
                    Double bar = bars.remove(key + " " + text(data, row, "starts"));
                    if (bar != null) {
                        double n = Double.parseDouble(text(data, row, "instances"));
                        phases.get(key)[0] += bar * n;
                        phases.get(key)[1] += n;
                    }
                }
                for (var phase : phases.entrySet()) {
                    String[] parts = phase.getKey().split(" ");
                    double figureSeconds = figures.value(parts[0], FigureKind.PHASE,
                            FigureKind.kebab(dev.spinup.model.startup.PhaseKind.valueOf(parts[1]))).value() / 1e9;
                    assertEquals(figureSeconds, phase.getValue()[0] / phase.getValue()[1], 1e-9,
                            lesson + " " + phase.getKey());
                }
            }
            if (chart.slug().toString().equals("density")) {
                for (List<CsvCell> row : data.rows()) {
                    String stack = text(data, row, "stack_id");
                    assertEquals(figures.value(stack, FigureKind.READY, "").value(),
                            Double.parseDouble(text(data, row, "ready")), lesson + " " + stack);
                    assertEquals(figures.value(stack, FigureKind.REFUSED, "").value(),
                            Double.parseDouble(text(data, row, "refused")), lesson + " " + stack);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void everyPlaceholderOfTheNoticeIsAFigureOfFiguresCsv(String lesson) throws Exception {
        RunResult result = new Runner(RunOptions.DEFAULT).run(Lessons.load(lesson).scenario());
        List<String> listed = Figures.of(result).all().stream().map(n -> n.figure().name()).toList();
        var template = dev.spinup.scenario.text.TextTemplate.parse(result.scenario().lesson().notice(),
                LessonTexts.stackIds(result), false);
        for (var placeholder : template.placeholders()) {
            if (placeholder.expression() instanceof Expression.Single single) {
                String name = single.figure().stack().isPresent() ? single.figure().name()
                        : result.arms().get(0).stack().id() + "." + single.figure().name();
                assertTrue(listed.contains(name) || listed.contains(single.figure().name()), name + " in "
                        + listed);
            }
        }
    }

    private static String text(CsvTable table, List<CsvCell> row, String column) {
        return row.get(table.columns().indexOf(column)).text();
    }
}
