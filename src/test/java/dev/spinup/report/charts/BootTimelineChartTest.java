package dev.spinup.report.charts;

import static dev.spinup.report.charts.LessonRuns.csvRows;
import static dev.spinup.report.charts.LessonRuns.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseRecord;
import dev.spinup.report.style.Theme;
import dev.spinup.run.ArmResult;
import dev.spinup.run.InstanceResult;
import dev.spinup.run.RunResult;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;

class BootTimelineChartTest {

    @Test
    void everyRowIsAPhaseOfTheInstanceWithItsOwnStartAndEnd() {
        RunResult result = LessonRuns.hello();
        List<Map<String, String>> rows = csvRows(BootTimelineChart.of(result, Theme.SCREEN));
        int expected = 0;
        for (ArmResult arm : result.arms()) {
            InstanceResult instance = arm.instances().get(0);
            List<PhaseRecord> timed = instance.phases().stream().filter(p -> p.durationNanos() > 0).toList();
            List<Map<String, String>> mine = rows.stream()
                    .filter(r -> r.get("stack_id").equals(arm.stack().id())).toList();
            assertEquals(timed.size(), mine.size(), arm.stack().id());
            for (int i = 0; i < timed.size(); i++) {
                assertEquals(timed.get(i).kind().name(), mine.get(i).get("phase"));
                assertEquals(timed.get(i).startNanos() / 1e9, number(mine.get(i), "start_s"));
                assertEquals(timed.get(i).endNanos() / 1e9, number(mine.get(i), "end_s"));
                assertEquals(instance.id().toString(), mine.get(i).get("instance_id"));
            }
            expected += timed.size();
        }
        assertEquals(expected, rows.size());
    }

    @Test
    void anInstantPhaseSuchAsACachedPullIsLeftOut() {
        RunResult result = LessonRuns.hello();
        InstanceResult container = result.arm("docker").orElseThrow().instances().get(0);
        assertTrue(container.phases().stream().anyMatch(p -> p.kind() == PhaseKind.IMAGE_PULL
                && p.durationNanos() == 0), "the warm cache makes the pull instant");
        assertFalse(csvRows(BootTimelineChart.of(result, Theme.SCREEN)).stream()
                .anyMatch(r -> r.get("phase").equals("IMAGE_PULL")));
    }

    @Test
    void aLargeRunShowsAnEvenSampleAndSaysSo() {
        RunResult result = LessonRuns.bootStorm();
        Chart chart = BootTimelineChart.of(result, Theme.PROJECTOR);
        List<Map<String, String>> rows = csvRows(chart);
        int perStack = BootTimelineChart.rowsPerStack(3);
        for (ArmResult arm : result.arms()) {
            List<Integer> shown = rows.stream().filter(r -> r.get("stack_id").equals(arm.stack().id()))
                    .map(r -> Integer.parseInt(r.get("instance"))).distinct().toList();
            List<InstanceResult> started = arm.instances().stream().filter(InstanceResult::becameReady).toList();
            assertEquals(perStack, shown.size(), arm.stack().id());
            assertEquals(started.get(0).index() + 1, shown.get(0), "the first instance is kept");
            assertEquals(started.get(started.size() - 1).index() + 1, shown.get(shown.size() - 1),
                    "and the last");
        }
        assertTrue(subtitles(chart.jfreeChart().orElseThrow()).stream()
                .anyMatch(t -> t.contains((3 * perStack) + " of the 300")), subtitles(chart.jfreeChart().get()).toString());
    }

    @Test
    void onePanelPerStackAndOneLegendEntryPerPhaseFamilyThatShowsAtThisScale() {
        RunResult result = LessonRuns.lesson("hello");
        Chart chart = BootTimelineChart.of(result, Theme.SCREEN);
        JFreeChart jfree = chart.jfreeChart().orElseThrow();
        CombinedRangeXYPlot plot = (CombinedRangeXYPlot) jfree.getPlot();
        assertEquals(2, plot.getSubplots().size());
        double axis = plot.getRangeAxis().getRange().getLength();
        Map<String, Double> widest = new java.util.HashMap<>();
        csvRows(chart).forEach(r -> widest.merge(r.get("family"), number(r, "end_s") - number(r, "start_s"),
                Math::max));
        Set<String> shown = widest.entrySet().stream().filter(e -> e.getValue() >= 0.005 * axis)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        Set<String> legend = new java.util.HashSet<>();
        var items = jfree.getLegend().getSources()[0].getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            legend.add(items.get(i).getLabel());
        }
        assertEquals(shown, legend);
        assertTrue(shown.size() < widest.size(), "a container's 20 ms mount beside a 16 s boot has no entry");
    }

    @Test
    void theHypervisorLessonsTimelineIsFilledAndEveryRowLabelled() {
        Chart chart = BootTimelineChart.of(LessonRuns.lesson("type1-vs-type2"), Theme.PROJECTOR);
        CombinedRangeXYPlot plot = (CombinedRangeXYPlot) chart.jfreeChart().orElseThrow().getPlot();
        double axis = plot.getRangeAxis().getRange().getLength();
        for (Object panel : plot.getSubplots()) {
            org.jfree.chart.axis.NumberAxis rows = (org.jfree.chart.axis.NumberAxis)
                    ((org.jfree.chart.plot.XYPlot) panel).getDomainAxis();
            assertEquals(1, rows.getTickUnit().getSize(), "every instance's row has its number");
        }
        for (String stack : List.of("kvm", "esxi", "vbox")) {
            // the time some instance of the stack is starting, as a share of the axis: starts seconds apart
            // overlap, so the panel is not mostly empty
            List<double[]> spans = csvRows(chart).stream().filter(r -> r.get("stack_id").equals(stack))
                    .map(r -> new double[] {number(r, "start_s"), number(r, "end_s")})
                    .sorted(java.util.Comparator.comparingDouble(a -> a[0])).toList();
            double covered = 0;
            double reached = 0;
            for (double[] span : spans) {
                covered += Math.max(0, span[1] - Math.max(span[0], reached));
                reached = Math.max(reached, span[1]);
            }
            assertTrue(covered > 0.7 * axis, stack + ": " + covered + " s of " + axis);
        }
    }

    static List<String> subtitles(JFreeChart chart) {
        return java.util.stream.IntStream.range(0, chart.getSubtitleCount()).mapToObj(chart::getSubtitle)
                .filter(TextTitle.class::isInstance).map(t -> ((TextTitle) t).getText()).toList();
    }
}
