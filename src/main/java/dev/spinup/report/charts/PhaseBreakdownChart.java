package dev.spinup.report.charts;

import dev.spinup.model.startup.PhaseKind;
import dev.spinup.report.export.CsvTable;
import dev.spinup.report.export.Slug;
import dev.spinup.report.style.Theme;
import dev.spinup.model.startup.PhaseInterval;
import dev.spinup.model.startup.PhaseRecord;
import dev.spinup.run.ArmResult;
import dev.spinup.run.InstanceResult;
import dev.spinup.run.RunResult;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Where the start-up time goes: the mean time per instance in each phase family, stacked into one bar per stack,
 * with waiting split off and named after what was waited for (a daemon's lock, the kernel's namespace lock, a
 * layer another pull fetches), so a queue does not pass for work. A stack whose instances started both cold
 * (pulling their image) and warm gets one bar for each, so the averages do not hide the contrast.
 */
public final class PhaseBreakdownChart {

    public static final Slug SLUG = new Slug("phase-breakdown");
    static final String TITLE = "Where start-up time goes";
    static final String VALUE_AXIS = "Mean time per instance (s)";

    /** Which starts a bar averages over. */
    enum Starts {
        ALL("all", ""), COLD("cold", " — cold start (pulls its image)"), WARM("warm", " — warm start (image cached)");

        final String csv;
        final String suffix;

        Starts(String csv, String suffix) {
            this.csv = csv;
            this.suffix = suffix;
        }
    }

    private PhaseBreakdownChart() {
    }

    /** One bar: the ready instances of one arm that started in one way. */
    private record Bar(ArmResult arm, Starts starts, List<InstanceResult> instances) {
        String category() {
            return arm.stack().label() + starts.suffix;
        }
    }

    public static Chart of(RunResult result, Theme theme) {
        List<Bar> bars = new ArrayList<>();
        for (ArmResult arm : result.arms()) {
            List<InstanceResult> ready = arm.instances().stream().filter(InstanceResult::becameReady).toList();
            List<InstanceResult> cold = ready.stream().filter(PhaseBreakdownChart::pulled).toList();
            if (!cold.isEmpty() && cold.size() < ready.size()) {
                bars.add(new Bar(arm, Starts.COLD, cold));
                bars.add(new Bar(arm, Starts.WARM, ready.stream().filter(i -> !pulled(i)).toList()));
            } else {
                bars.add(new Bar(arm, Starts.ALL, ready));
            }
        }
        // per bar: phase -> segment -> summed nanoseconds, and phase -> instances that went through it
        List<Map<PhaseKind, Map<PhaseSegment, Double>>> sums = new ArrayList<>();
        List<Map<PhaseKind, Integer>> counts = new ArrayList<>();
        Map<String, PhaseSegment> present = new TreeMap<>();
        for (Bar bar : bars) {
            Map<PhaseKind, Map<PhaseSegment, Double>> sum = new EnumMap<>(PhaseKind.class);
            Map<PhaseKind, Integer> count = new EnumMap<>(PhaseKind.class);
            for (InstanceResult instance : bar.instances()) {
                Set<PhaseKind> went = EnumSet.noneOf(PhaseKind.class);
                for (PhaseRecord phase : instance.phases()) {
                    if (PhaseFamily.of(phase.kind()).isEmpty()) {
                        continue;
                    }
                    went.add(phase.kind());
                    Map<PhaseSegment, Double> segments = sum.computeIfAbsent(phase.kind(), k -> new LinkedHashMap<>());
                    // Intervals are clipped to the phase and whatever they leave uncovered counts as its work,
                    // so the segments of a phase always add up to its duration.
                    long covered = 0;
                    for (PhaseInterval interval : phase.intervals()) {
                        long nanos = Math.max(0, Math.min(interval.endNanos(), phase.endNanos())
                                - Math.max(interval.startNanos(), phase.startNanos()));
                        nanos = Math.min(nanos, phase.durationNanos() - covered);
                        covered += nanos;
                        long share = nanos;
                        PhaseSegment.of(phase.kind(), interval).ifPresent(s ->
                                segments.merge(s, (double) share, Double::sum));
                    }
                    long rest = phase.durationNanos() - covered;
                    PhaseSegment.of(phase.kind()).ifPresent(s -> segments.merge(s, (double) rest, Double::sum));
                }
                went.forEach(k -> count.merge(k, 1, Integer::sum));
            }
            sum.values().forEach(m -> m.forEach((segment, nanos) -> {
                if (nanos > 0) {
                    present.put(order(segment), segment);
                }
            }));
            sums.add(sum);
            counts.add(count);
        }
        List<PhaseSegment> series = List.copyOf(present.values());
        StackedBarRenderer renderer = new StackedBarRenderer();
        for (int s = 0; s < series.size(); s++) {
            renderer.setSeriesPaint(s, series.get(s).colour());
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        CsvTable.Builder csv = CsvTable.builder("stack_id", "stack", "starts", "instances", "phase", "phase_label",
                "segment", "kind", "mean_s");
        List<CategoryTextAnnotation> totals = new ArrayList<>();
        for (int b = 0; b < bars.size(); b++) {
            Bar bar = bars.get(b);
            Map<PhaseSegment, Double> seconds = new LinkedHashMap<>();
            for (Map.Entry<PhaseKind, Map<PhaseSegment, Double>> phase : sums.get(b).entrySet()) {
                int n = counts.get(b).get(phase.getKey());
                for (Map.Entry<PhaseSegment, Double> segment : phase.getValue().entrySet()) {
                    // zero rows too: a warm pull that took no time is still a pull the phase's mean counts
                    double mean = segment.getValue() / n / 1e9;
                    seconds.merge(segment.getKey(), mean, Double::sum);
                    csv.row(bar.arm().stack().id(), bar.arm().stack().label(), bar.starts().csv, n,
                            phase.getKey().name(), phase.getKey().label(), segment.getKey().label(),
                            segment.getKey().waiting() ? "wait" : "work", mean);
                }
            }
            double total = 0;
            for (PhaseSegment segment : series) {
                double value = seconds.getOrDefault(segment, 0.0);
                dataset.addValue(value, segment.label(), bar.category());
                total += value;
            }
            if (total > 0) {
                CategoryTextAnnotation label = new CategoryTextAnnotation(" " + seconds(total), bar.category(),
                        total);
                label.setTextAnchor(TextAnchor.CENTER_LEFT);
                totals.add(label);
            }
        }
        renderer.setMaximumBarWidth(0.3);
        NumberAxis valueAxis = ChartAxes.linear(VALUE_AXIS);
        valueAxis.setUpperMargin(0.15);
        CategoryPlot plot = new CategoryPlot(dataset, ChartAxes.categories(null), valueAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        totals.forEach(plot::addAnnotation);
        JFreeChart chart = ChartAssembly.chart(TITLE, plot, true);
        String note = "mean over the instances that became ready; grey is waiting, named after what was waited for;"
                + " the total is at the end of each bar";
        return ChartAssembly.finish(SLUG, chart, List.of(result.scenario().lesson().title(), note), csv.build(),
                theme);
    }

    /** Work in the order of the phases, then the waits. */
    private static String order(PhaseSegment segment) {
        return segment instanceof PhaseSegment.Work w ? "0 " + (char) ('a' + w.family().ordinal())
                : "1 " + segment.label();
    }

    /** A cold start: its pull downloaded layers, or waited for layers another pull was fetching. */
    private static boolean pulled(InstanceResult instance) {
        return instance.phases().stream().flatMap(p -> p.pull().stream())
                .anyMatch(p -> p.bytesDownloaded().bytes() > 0 || p.awaited() > 0);
    }

    /** "14.2 s", "0.49 s", "0.031 s": three significant digits, enough to compare stacks. */
    static String seconds(double value) {
        int decimals = value >= 100 ? 0 : value >= 10 ? 1 : value >= 1 ? 2 : 3;
        return ChartAxes.number(value, decimals) + " s";
    }
}
