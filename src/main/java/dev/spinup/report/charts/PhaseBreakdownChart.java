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
import java.util.Optional;
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
    public static final Slug ZOOM_SLUG = new Slug("phase-breakdown-zoom");
    static final String ZOOM_TITLE = "Where start-up time goes: the fast starts";
    /** A bar shorter than this share of the longest is a sliver on its scale, so it gets the zoomed chart. */
    static final double SHORT_SHARE = 1 / 20.0;

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
        Breakdown breakdown = breakdown(result);
        boolean zoomed = !breakdown.short_().isEmpty();
        String note = "mean over the instances that became ready; grey is waiting, named after what was waited for;"
                + " the total is at the end of each bar" + (zoomed ? "; the short bars are zoomed in "
                        + ZOOM_SLUG.value() : "");
        return draw(SLUG, TITLE, breakdown, breakdown.bars(), Scale.SECONDS, note, result, theme);
    }

    /**
     * The starts too short to see beside the longest one (a microVM's 0.2 s beside a full VM's 16 s) on a scale of
     * their own, in milliseconds; empty when every bar reads on the main chart's scale.
     */
    public static Optional<Chart> zoom(RunResult result, Theme theme) {
        Breakdown breakdown = breakdown(result);
        if (breakdown.short_().isEmpty()) {
            return Optional.empty();
        }
        String note = "the starts under a twentieth of the longest (" + seconds(breakdown.longest()) + "), on a"
                + " scale of their own; mean over the instances that became ready, grey is waiting";
        double longestShort = breakdown.short_().stream().mapToDouble(BarData::total).max().orElse(0);
        Scale scale = longestShort < 1 ? Scale.MILLISECONDS : Scale.SECONDS;
        return Optional.of(draw(ZOOM_SLUG, ZOOM_TITLE, breakdown, breakdown.short_(), scale, note, result, theme));
    }

    /** One bar's mean seconds per segment, with its CSV rows. */
    private record BarData(Bar bar, Map<PhaseSegment, Double> seconds, List<Object[]> rows) {
        double total() {
            return seconds.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    /** Every bar of a run, the segments present in any of them, in legend order. */
    private record Breakdown(List<BarData> bars, List<PhaseSegment> series) {
        double longest() {
            return bars.stream().mapToDouble(BarData::total).max().orElse(0);
        }

        /** The bars too short to read beside the longest: under {@link #SHORT_SHARE} of it. */
        List<BarData> short_() {
            double longest = longest();
            return bars.stream().filter(b -> b.total() > 0 && b.total() < SHORT_SHARE * longest).toList();
        }
    }

    /** The unit of a chart's value axis. */
    private enum Scale {
        SECONDS(1, VALUE_AXIS), MILLISECONDS(1000, "Mean time per instance (ms)");

        final double perSecond;
        final String axis;

        Scale(double perSecond, String axis) {
            this.perSecond = perSecond;
            this.axis = axis;
        }

        String total(double seconds) {
            if (this == SECONDS) {
                return seconds(seconds);
            }
            double ms = seconds * perSecond;
            return ChartAxes.number(ms, ms >= 100 ? 0 : ms >= 10 ? 1 : 2) + "\u00a0ms";
        }
    }

    private static Breakdown breakdown(RunResult result) {
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
        List<BarData> data = new ArrayList<>();
        for (int b = 0; b < bars.size(); b++) {
            Bar bar = bars.get(b);
            Map<PhaseSegment, Double> seconds = new LinkedHashMap<>();
            List<Object[]> rows = new ArrayList<>();
            for (Map.Entry<PhaseKind, Map<PhaseSegment, Double>> phase : sums.get(b).entrySet()) {
                int n = counts.get(b).get(phase.getKey());
                for (Map.Entry<PhaseSegment, Double> segment : phase.getValue().entrySet()) {
                    // zero rows too: a warm pull that took no time is still a pull the phase's mean counts
                    double mean = segment.getValue() / n / 1e9;
                    seconds.merge(segment.getKey(), mean, Double::sum);
                    rows.add(new Object[] {bar.arm().stack().id(), bar.arm().stack().label(), bar.starts().csv, n,
                        phase.getKey().name(), phase.getKey().label(), segment.getKey().label(),
                        segment.getKey().waiting() ? "wait" : "work", mean});
                }
            }
            data.add(new BarData(bar, seconds, rows));
        }
        return new Breakdown(data, series);
    }

    private static Chart draw(Slug slug, String title, Breakdown breakdown, List<BarData> shown, Scale scale,
                              String note, RunResult result, Theme theme) {
        List<PhaseSegment> series = breakdown.series();
        StackedBarRenderer renderer = new StackedBarRenderer();
        for (int s = 0; s < series.size(); s++) {
            renderer.setSeriesPaint(s, series.get(s).colour());
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        CsvTable.Builder csv = CsvTable.builder("stack_id", "stack", "starts", "instances", "phase", "phase_label",
                "segment", "kind", "mean_s");
        List<CategoryTextAnnotation> totals = new ArrayList<>();
        Map<PhaseSegment, Double> widest = new LinkedHashMap<>();
        double longest = 0;
        for (BarData bar : shown) {
            bar.rows().forEach(csv::row);
            for (PhaseSegment segment : series) {
                double value = bar.seconds().getOrDefault(segment, 0.0);
                dataset.addValue(value * scale.perSecond, segment.label(), bar.bar().category());
                widest.merge(segment, value, Math::max);
            }
            double total = bar.total();
            longest = Math.max(longest, total);
            if (total > 0) {
                CategoryTextAnnotation label = new CategoryTextAnnotation(" " + scale.total(total),
                        bar.bar().category(), total * scale.perSecond);
                label.setTextAnchor(TextAnchor.CENTER_LEFT);
                totals.add(label);
            }
        }
        // no legend entry for a segment no bar shows at this scale: a 2 ms mount beside a 16 s boot
        for (int s = 0; s < series.size(); s++) {
            renderer.setSeriesVisibleInLegend(s, widest.getOrDefault(series.get(s), 0.0)
                    >= MemoryBreakdownChart.VISIBLE_SHARE * longest);
        }
        renderer.setMaximumBarWidth(0.3);
        NumberAxis valueAxis = ChartAxes.linear(scale.axis);
        valueAxis.setUpperMargin(0.15);
        CategoryPlot plot = new CategoryPlot(dataset, ChartAxes.categories(null), valueAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        totals.forEach(plot::addAnnotation);
        JFreeChart chart = ChartAssembly.chart(title, plot, true);
        return ChartAssembly.finish(slug, chart, List.of(result.scenario().lesson().title(), note), csv.build(),
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
