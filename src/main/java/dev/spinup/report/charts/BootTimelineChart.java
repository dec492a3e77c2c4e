package dev.spinup.report.charts;

import dev.spinup.model.startup.PhaseRecord;
import dev.spinup.report.export.CsvTable;
import dev.spinup.report.export.Slug;
import dev.spinup.report.style.Theme;
import dev.spinup.run.ArmResult;
import dev.spinup.run.InstanceResult;
import dev.spinup.run.RunResult;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * A Gantt chart of start-up: one row per instance, one bar per phase coloured by its family, one panel per stack,
 * all on one time axis. Large runs show an evenly spread sample of instances, and say so.
 */
public final class BootTimelineChart {

    public static final Slug SLUG = new Slug("boot-timeline");
    static final String TITLE = "Start-up timeline: each instance's phases";
    static final String TIME_AXIS = "Time since start (s)";
    /** Rows all panels together may use; beyond it the bars get too thin to read from the back of a room. */
    static final int ROW_BUDGET = 48;
    static final int MAX_ROWS_PER_STACK = 40;
    private static final double BAR_FILL = 0.7;

    private BootTimelineChart() {
    }

    /** How many instances a panel shows when {@code stacks} panels share the chart. */
    static int rowsPerStack(int stacks) {
        return Math.max(8, Math.min(MAX_ROWS_PER_STACK, ROW_BUDGET / Math.max(1, stacks)));
    }

    public static Chart of(RunResult result, Theme theme) {
        List<ArmResult> arms = result.arms();
        int limit = rowsPerStack(arms.size());
        List<List<InstanceResult>> shown = new ArrayList<>();
        Set<PhaseFamily> families = EnumSet.noneOf(PhaseFamily.class);
        int started = 0;
        int drawn = 0;
        for (ArmResult arm : arms) {
            List<InstanceResult> withPhases = arm.instances().stream()
                    .filter(i -> i.phases().stream().anyMatch(BootTimelineChart::drawn))
                    .toList();
            List<InstanceResult> sample = EvenSample.of(withPhases, limit);
            shown.add(sample);
            started += withPhases.size();
            drawn += sample.size();
            for (InstanceResult instance : sample) {
                instance.phases().stream().filter(BootTimelineChart::drawn)
                        .forEach(p -> families.add(PhaseFamily.of(p.kind()).orElseThrow()));
            }
        }
        List<PhaseFamily> series = List.copyOf(families);

        CombinedRangeXYPlot plot = new CombinedRangeXYPlot(ChartAxes.linear(TIME_AXIS));
        // Room between panels, so the last tick label of one and the first of the next do not touch.
        plot.setGap(theme.style().fonts().tickLabel() * 1.2);
        CsvTable.Builder csv = CsvTable.builder("stack_id", "stack", "instance", "instance_id", "phase",
                "phase_label", "family", "start_s", "end_s");
        XYPlot first = null;
        Map<PhaseFamily, Double> widest = new EnumMap<>(PhaseFamily.class);
        for (int a = 0; a < arms.size(); a++) {
            ArmResult arm = arms.get(a);
            List<InstanceResult> sample = shown.get(a);
            XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
            List<XYIntervalSeries> bySeries = new ArrayList<>();
            for (PhaseFamily family : series) {
                XYIntervalSeries s = new XYIntervalSeries(family.label(), false, true);
                bySeries.add(s);
                dataset.addSeries(s);
            }
            double step = rowStep(sample);
            for (InstanceResult instance : sample) {
                int row = instance.index() + 1;
                for (PhaseRecord phase : instance.phases()) {
                    var family = PhaseFamily.of(phase.kind());
                    if (!drawn(phase)) {
                        continue;
                    }
                    double start = phase.startNanos() / 1e9;
                    double end = phase.endNanos() / 1e9;
                    widest.merge(family.get(), end - start, Math::max);
                    bySeries.get(series.indexOf(family.get())).add(row, row - step * BAR_FILL / 2,
                            row + step * BAR_FILL / 2, start, start, end);
                    csv.row(arm.stack().id(), arm.stack().label(), row, instance.id().toString(), phase.kind().name(),
                            phase.kind().label(), family.get().label(), start, end);
                }
            }
            XYBarRenderer renderer = new XYBarRenderer();
            renderer.setUseYInterval(true);
            for (int s = 0; s < series.size(); s++) {
                renderer.setSeriesPaint(s, series.get(s).colour());
            }
            XYPlot panel = new XYPlot(dataset, instanceAxis(arm.stack().label(), sample, step), null, renderer);
            panel.setOrientation(PlotOrientation.HORIZONTAL);
            plot.add(panel, Math.max(1, sample.size()));
            if (first == null) {
                first = panel;
            }
        }
        // Set after the panels are added: the combined plot passes its orientation only to the panels it has.
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = ChartAssembly.chart(TITLE, plot, true);
        if (first != null) {
            // no legend entry for a family no bar shows at this scale: a 20 ms mount beside a 16 s boot
            double axis = plot.getRangeAxis().getRange().getLength();
            for (int s = 0; s < series.size(); s++) {
                first.getRenderer().setSeriesVisibleInLegend(s, widest.getOrDefault(series.get(s), 0.0)
                        >= MemoryBreakdownChart.VISIBLE_SHARE * axis);
            }
            ChartAssembly.legendFrom(chart, first);
        }
        String note = drawn < started
                ? "instances by request number; " + drawn + " of the " + started
                        + " that started are shown, evenly spread"
                : "instances by request number, one row each";
        return ChartAssembly.finish(SLUG, chart, List.of(result.scenario().lesson().title(), note), csv.build(),
                theme);
    }

    /** A start-up phase that took some time; an instant one (a cached pull) would only add a legend entry. */
    static boolean drawn(PhaseRecord phase) {
        return phase.durationNanos() > 0 && PhaseFamily.of(phase.kind()).isPresent();
    }

    /** Rows are the instances' own numbers, so a sample leaves gaps; bars fill a share of the gap. */
    private static double rowStep(List<InstanceResult> sample) {
        if (sample.size() < 2) {
            return 1;
        }
        return (sample.get(sample.size() - 1).index() - sample.get(0).index()) / (double) (sample.size() - 1);
    }

    /** Up to this many consecutive rows in a panel, every row is labelled with its request number. */
    static final int LABELLED_ROWS = 8;

    private static NumberAxis instanceAxis(String label, List<InstanceResult> sample, double step) {
        NumberAxis axis = ChartAxes.counts(label);
        // Upright: a panel a few rows high is shorter than a stack's name written sideways.
        axis.setLabelAngle(Math.PI / 2);
        axis.setInverted(true);
        axis.setAutoRangeIncludesZero(false);
        if (sample.isEmpty()) {
            axis.setRange(0.5, 1.5);
        } else {
            axis.setRange(sample.get(0).index() + 1 - step / 2, sample.get(sample.size() - 1).index() + 1 + step / 2);
        }
        // A few consecutive rows each get their number; the automatic ticks would label every other one.
        if (step == 1 && sample.size() <= LABELLED_ROWS) {
            axis.setTickUnit(new NumberTickUnit(1));
        }
        return axis;
    }
}
