package dev.spinup.report.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.report.export.ExportFormat;
import dev.spinup.report.export.ExportSize;
import dev.spinup.report.style.Theme;
import dev.spinup.run.RunResult;
import dev.spinup.scenario.StackChoice;
import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A stack's "ready" and "pending" lines share its colour and are told apart by a dotted line, in every theme. */
class PodsOverTimeChartTest {

    private static final Pattern STROKED_PATH = Pattern.compile("<(?:path|g|line|polyline)\\b[^>]*style=(['\"])(.*?)\\1");

    @ParameterizedTest
    @EnumSource(Theme.class)
    void readyIsSolidAndPendingDottedInTheLegendAndTheExportedLines(Theme theme) {
        RunResult run = LessonRuns.lesson("k8s-autoscaler-vs-vms");
        Chart chart = PodsOverTimeChart.of(run, theme);
        JFreeChart jfree = chart.jfreeChart().orElseThrow();
        LegendItemCollection legend = jfree.getXYPlot().getLegendItems();
        StackColours colours = StackColours.of(run.scenario().stacks());
        for (StackChoice stack : run.scenario().stacks()) {
            LegendItem ready = item(legend, stack.label() + " ready");
            LegendItem pending = item(legend, stack.label() + " pending");
            assertEquals(colours.colour(stack.id()), ready.getLinePaint(), "the stack's colour");
            assertEquals(ready.getLinePaint(), pending.getLinePaint(), "one stack, one colour");
            float[] dots = ((BasicStroke) pending.getLineStroke()).getDashArray();
            assertNotNull(dots, theme + ": pending is dotted in the legend");
            float[] readyDash = ((BasicStroke) ready.getLineStroke()).getDashArray();
            assertTrue(!Arrays.equals(dots, readyDash), theme + ": ready and pending look different: "
                    + Arrays.toString(readyDash) + " vs " + Arrays.toString(dots));
            if (theme != Theme.PRINT) {
                assertNull(readyDash, theme + ": ready is solid");
            }
            assertEquals(((BasicStroke) ready.getLineStroke()).getLineWidth(),
                    ((BasicStroke) pending.getLineStroke()).getLineWidth(), "dots at the theme's line width");
        }

        // the exported picture draws both: in each stack's colour, a solid (or cue-dashed) and a dotted stroke
        String svg = new String(ExportFormat.svg().toBytes(chart.drawable(), new ExportSize(1280, 720)),
                StandardCharsets.UTF_8);
        for (StackChoice stack : run.scenario().stacks()) {
            Color c = colours.colour(stack.id());
            String rgb = String.format("rgb(%d,%d,%d)", c.getRed(), c.getGreen(), c.getBlue());
            List<String> styles = new ArrayList<>();
            Matcher m = STROKED_PATH.matcher(svg);
            while (m.find()) {
                String style = m.group(2).replace(" ", "");
                if (style.contains("stroke:" + rgb)) {
                    styles.add(style);
                }
            }
            long dashStyles = styles.stream().map(PodsOverTimeChartTest::dashOf).distinct().count();
            assertTrue(dashStyles >= 2, theme + ": " + stack.id() + " is drawn with two kinds of line: " + styles);
        }
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void restylingTheChartKeepsTheDots(Theme theme) {
        RunResult run = LessonRuns.lesson("k8s-autoscaler-vs-vms");
        JFreeChart jfree = PodsOverTimeChart.of(run, Theme.SCREEN).jfreeChart().orElseThrow();
        theme.apply(jfree);
        LegendItemCollection legend = jfree.getXYPlot().getLegendItems();
        StackChoice first = run.scenario().stacks().get(0);
        assertNotEquals(item(legend, first.label() + " ready").getLineStroke(),
                item(legend, first.label() + " pending").getLineStroke());
    }

    private static String dashOf(String style) {
        Matcher dash = Pattern.compile("stroke-dasharray:([^;]*)").matcher(style);
        return dash.find() ? dash.group(1) : "solid";
    }

    private static LegendItem item(LegendItemCollection legend, String label) {
        for (int i = 0; i < legend.getItemCount(); i++) {
            if (legend.get(i).getLabel().equals(label)) {
                return legend.get(i);
            }
        }
        throw new AssertionError("no legend entry \"" + label + "\"");
    }
}
