package dev.spinup.report.charts;

import dev.spinup.engine.SimTime;
import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.host.ResourceKind;
import dev.spinup.report.export.CsvTable;
import dev.spinup.report.export.Slug;
import dev.spinup.report.style.Palette;
import dev.spinup.report.style.Theme;
import dev.spinup.run.ArmResult;
import dev.spinup.run.HostResult;
import dev.spinup.run.RunResult;
import dev.spinup.run.StepSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The load on each stack's host over time, one panel per stack (every stack runs on its own copy of the same
 * hardware, so overlaying them on one "host" would mix three machines): the share of each short window the CPU,
 * disk and network were busy, and memory in use (host OS included) as a share of the host's RAM, all 0–100 %. The
 * axis reaches above 100 % so a saturated resource reads as a line at the top, not as the panel's frame.
 * Resources no stack used are left out.
 */
public final class UtilisationChart {

    public static final Slug SLUG = new Slug("utilisation");
    static final String TIME_AXIS = "Time since start (s)";
    static final String MEMORY = "memory in use";
    /** Headroom above 100 %, so a line at 100 % is not drawn on the frame. */
    private static final double TOP = 108;

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
        List<ResourceKind> used = new ArrayList<>();
        for (ResourceKind resource : ResourceKind.values()) {
            if (!hosts.stream().allMatch(h -> h.utilisation(resource).isEmpty())) {
                used.add(resource);
            }
        }
        CsvTable.Builder csv = CsvTable.builder("stack_id", "stack", "host", "resource", "time_s", "value",
                "unit");
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(ChartAxes.linear(TIME_AXIS));
        // Room between panels, so the last tick label of one and the first of the next do not touch.
        plot.setGap(theme.style().fonts().tickLabel() * 1.2);
        XYPlot first = null;
        for (int a = 0; a < arms.size(); a++) {
            ArmResult arm = arms.get(a);
            HostResult h = hosts.get(a);
            XYSeriesCollection dataset = new XYSeriesCollection();
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
            for (ResourceKind resource : used) {
                StepLine line = StepLine.heldTo(WindowedMean.of(h.utilisation(resource), window, end, 100), end);
                add(dataset, renderer, line, resource.label() + " busy", resource.ordinal());
                addRows(csv, arm, host, resource.name(), line);
            }
            StepLine memory = StepLine.of(memoryInUse(h), 100.0 / h.spec().memory().bytes(), end);
            add(dataset, renderer, memory, MEMORY + " (of " + h.spec().memory() + " RAM)",
                    ResourceKind.values().length);
            addRows(csv, arm, host, "MEMORY", memory);
            NumberAxis axis = ChartAxes.linear(arm.stack().label() + " (%)");
            axis.setRange(0, TOP);
            axis.setAutoRange(false);
            // Upright: the panels share the height, and a sideways name is longer than a panel is tall.
            axis.setLabelAngle(Math.PI / 2);
            XYPlot panel = new XYPlot(dataset, null, axis, renderer);
            plot.add(panel, 1);
            first = first == null ? panel : first;
        }
        JFreeChart chart = ChartAssembly.chart("Load on each stack's " + host + " over time", plot, true);
        ChartAssembly.legendFrom(chart, first);
        String note = "one panel per stack, each on its own identical host; CPU, disk, network: share of each "
                + SimTime.format(window) + " busy; memory in use includes the host OS";
        return ChartAssembly.finish(slug, chart, List.of(result.scenario().lesson().title(), note), csv.build(),
                theme);
    }

    private static void add(XYSeriesCollection dataset, XYLineAndShapeRenderer renderer, StepLine line,
                            String name, int colour) {
        int series = dataset.getSeriesCount();
        dataset.addSeries(line.toSeries(name));
        renderer.setSeriesPaint(series, Palette.SERIES_SEQUENCE.get(colour % Palette.SERIES_SEQUENCE.size())
                .colour());
    }

    private static void addRows(CsvTable.Builder csv, ArmResult arm, String host, String resource, StepLine line) {
        for (StepLine.Point p : line.points()) {
            csv.row(arm.stack().id(), arm.stack().label(), host, resource, p.x(), p.y(), "%");
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

}
