package dev.spinup.report.charts;

import dev.spinup.engine.SimTime;
import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.host.ResourceKind;
import dev.spinup.report.export.CsvTable;
import dev.spinup.report.export.Slug;
import dev.spinup.report.style.Theme;
import dev.spinup.run.ArmResult;
import dev.spinup.run.HostResult;
import dev.spinup.run.RunResult;
import dev.spinup.run.StepSeries;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The load on one host over time, every stack in its own colour: the share of each short window the CPU, disk
 * and network were busy (0–100 %), one panel each, and memory in use (GiB, host OS included), against the host's
 * RAM once it gets near it. Resources nobody used are left out.
 */
public final class UtilisationChart {

    public static final Slug SLUG = new Slug("utilisation");
    static final String TIME_AXIS = "Time since start (s)";
    private static final double GIB = 1024.0 * 1024.0 * 1024.0;
    /** The RAM line is drawn once memory in use passes this share of it; below, it would flatten the lines. */
    private static final double SHOW_RAM_FROM = 0.5;

    private UtilisationChart() {
    }

    /** The first host of the run. */
    public static Chart of(RunResult result, Theme theme) {
        return of(result, result.scenario().hostSpecs().get(0).name(), SLUG, theme);
    }

    /** A chosen host; its files are named "utilisation-" and the host's name. */
    public static Chart of(RunResult result, String host, Theme theme) {
        return of(result, host, Slug.of(SLUG.value() + " " + host), theme);
    }

    private static Chart of(RunResult result, String host, Slug slug, Theme theme) {
        StackColours colours = StackColours.of(result.scenario().stacks());
        List<ArmResult> arms = new ArrayList<>();
        List<HostResult> hosts = new ArrayList<>();
        for (ArmResult arm : result.arms()) {
            Optional<HostResult> h = arm.hosts().stream().filter(x -> x.name().equals(host)).findFirst();
            if (h.isPresent()) {
                arms.add(arm);
                hosts.add(h.get());
            }
        }
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("no host named \"" + host + "\" in this run");
        }
        long end = arms.stream().mapToLong(ArmResult::endNanos).max().orElse(0);
        long window = WindowedMean.windowFor(end);
        CsvTable.Builder csv = CsvTable.builder("stack_id", "stack", "host", "resource", "time_s", "value",
                "unit");
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(ChartAxes.linear(TIME_AXIS));
        // Room between panels, so the last tick label of one and the first of the next do not touch.
        plot.setGap(theme.style().fonts().tickLabel() * 1.2);
        XYPlot first = null;
        for (ResourceKind resource : ResourceKind.values()) {
            if (hosts.stream().allMatch(h -> h.utilisation(resource).isEmpty())) {
                continue;
            }
            List<StepLine> lines = new ArrayList<>();
            for (HostResult h : hosts) {
                lines.add(StepLine.heldTo(WindowedMean.of(h.utilisation(resource), window, end, 100), end));
            }
            XYPlot panel = panel(arms, lines, colours, ChartAxes.percent(capitalised(resource.label()) + " (%)"));
            addRows(csv, arms, host, resource.name(), lines, "%");
            plot.add(panel, 1);
            first = first == null ? panel : first;
        }
        List<StepLine> memory = new ArrayList<>();
        for (HostResult h : hosts) {
            memory.add(StepLine.of(memoryInUse(h), 1 / GIB, end));
        }
        double ram = hosts.get(0).spec().memory().bytes() / GIB;
        NumberAxis memoryAxis = ChartAxes.linear("Memory (GiB of " + ChartAxes.number(ram, 1) + ")");
        memoryAxis.setUpperMargin(0.1);
        XYPlot memoryPanel = panel(arms, memory, colours, memoryAxis);
        double peak = memory.stream().flatMap(l -> l.points().stream()).mapToDouble(StepLine.Point::y).max()
                .orElse(0);
        if (peak >= SHOW_RAM_FROM * ram) {
            memoryPanel.addRangeMarker(ramMarker(ram));
            memoryAxis.setRange(0, Math.max(ram, peak) * 1.1);
        }
        addRows(csv, arms, host, "MEMORY", memory, "GiB");
        plot.add(memoryPanel, 1);
        first = first == null ? memoryPanel : first;

        JFreeChart chart = ChartAssembly.chart("Load on " + host + " over time", plot, true);
        ChartAssembly.legendFrom(chart, first);
        String note = "CPU, disk, network: share of each " + SimTime.format(window)
                + " busy; memory in use includes the host OS";
        return ChartAssembly.finish(slug, chart, List.of(result.scenario().lesson().title(), note), csv.build(),
                theme);
    }

    private static XYPlot panel(List<ArmResult> arms, List<StepLine> lines, StackColours colours, NumberAxis axis) {
        // Upright: four panels share the height, and a sideways name is longer than a panel is tall.
        axis.setLabelAngle(Math.PI / 2);
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int a = 0; a < arms.size(); a++) {
            dataset.addSeries(lines.get(a).toSeries(arms.get(a).stack().label()));
            renderer.setSeriesPaint(a, colours.colour(arms.get(a).stack().id()));
        }
        return new XYPlot(dataset, null, axis, renderer);
    }

    private static void addRows(CsvTable.Builder csv, List<ArmResult> arms, String host, String resource,
                                List<StepLine> lines, String unit) {
        for (int a = 0; a < arms.size(); a++) {
            ArmResult arm = arms.get(a);
            for (StepLine.Point p : lines.get(a).points()) {
                csv.row(arm.stack().id(), arm.stack().label(), host, resource, p.x(), p.y(), unit);
            }
        }
    }

    /** Memory in use at every instant any component changed. */
    static StepSeries memoryInUse(HostResult host) {
        TreeSet<Long> times = new TreeSet<>();
        for (MemoryComponent c : MemoryComponent.values()) {
            StepSeries s = host.memory(c);
            for (int i = 0; i < s.size(); i++) {
                times.add(s.timeAt(i));
            }
        }
        StepSeries.Builder builder = new StepSeries.Builder();
        builder.set(0, host.memoryInUseAt(0));
        for (long t : times) {
            builder.set(t, host.memoryInUseAt(t));
        }
        return builder.build();
    }

    private static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
    }

    private static ValueMarker ramMarker(double gib) {
        ValueMarker marker = new ValueMarker(gib, Color.GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        marker.setLabel("RAM " + ChartAxes.number(gib, 1) + " GiB");
        marker.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        return marker;
    }
}
