package dev.spinup.report;

import dev.spinup.report.style.MemoryColourKey;
import dev.spinup.report.style.Palette;
import dev.spinup.report.style.PhaseColourKey;
import dev.spinup.report.style.StackColourKey;
import java.awt.BasicStroke;
import java.awt.Color;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Small charts shaped like the real ones (line, stacked bar, timeline) for theme and export tests. */
public final class SampleCharts {

    public static final String LINE_TITLE = "Ready instances over time";
    public static final String LINE_X_LABEL = "Time since start (s)";
    public static final String LINE_Y_LABEL = "Ready instances";

    private SampleCharts() {
    }

    /** Two step-like series, coloured by stack, with a marker and an annotation. */
    public static JFreeChart readyOverTime() {
        XYSeries vms = new XYSeries("VMs (type 1)");
        XYSeries containers = new XYSeries("Containers");
        for (int i = 0; i <= 40; i++) {
            double t = i * 0.5;
            vms.add(t, Math.min(10, Math.max(0, Math.floor((t - 6) * 0.9))));
            containers.add(t, Math.min(10, Math.max(0, Math.floor((t - 0.5) * 4))));
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        dataset.addSeries(vms);
        dataset.addSeries(containers);
        JFreeChart chart = ChartFactory.createXYLineChart(LINE_TITLE, LINE_X_LABEL, LINE_Y_LABEL, dataset,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, Palette.colourFor(StackColourKey.VM_TYPE1));
        renderer.setSeriesPaint(1, Palette.colourFor(StackColourKey.CONTAINER));
        ValueMarker marker = new ValueMarker(10, Color.GRAY, new BasicStroke(1f));
        marker.setLabel("scale-out: Δ = 10 replicas");
        plot.addDomainMarker(marker);
        plot.addAnnotation(new XYTextAnnotation("µVM boot ≈ 125 ms — still slower", 14, 3));
        return chart;
    }

    /** Memory per stack, stacked by component, in GiB. */
    public static JFreeChart memoryByComponent() {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        String vm = "10 VMs";
        String ct = "10 containers";
        d.addValue(2.0, "App", vm);
        d.addValue(2.0, "App", ct);
        d.addValue(5.0, "Guest kernel + OS", vm);
        d.addValue(0.0, "Guest kernel + OS", ct);
        d.addValue(1.2, "VMM overhead", vm);
        d.addValue(0.0, "VMM overhead", ct);
        d.addValue(0.3, "Shim + daemon share", vm);
        d.addValue(0.4, "Shim + daemon share", ct);
        d.addValue(0.8, "Page cache", vm);
        d.addValue(0.3, "Page cache", ct);
        JFreeChart chart = ChartFactory.createStackedBarChart("Memory by component", "Stack", "Memory (GiB)", d,
                PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        StackedBarRenderer r = (StackedBarRenderer) plot.getRenderer();
        MemoryColourKey[] keys = {MemoryColourKey.APP, MemoryColourKey.GUEST_KERNEL_OS, MemoryColourKey.VMM_OVERHEAD,
            MemoryColourKey.SHIM_DAEMON_SHARE, MemoryColourKey.PAGE_CACHE};
        for (int i = 0; i < keys.length; i++) {
            r.setSeriesPaint(i, Palette.colourFor(keys[i]));
        }
        return chart;
    }

    /** A Gantt-like boot timeline: one horizontal bar per phase per instance. */
    public static JFreeChart bootTimeline() {
        PhaseColourKey[] phases = {PhaseColourKey.FIRMWARE, PhaseColourKey.KERNEL_BOOT, PhaseColourKey.OS_INIT,
            PhaseColourKey.APP_START};
        double[][] durations = {{0.4, 1.1, 2.0, 0.5}, {0.5, 1.0, 2.3, 0.4}, {0.4, 1.2, 1.9, 0.6}};
        XYIntervalSeriesCollection d = new XYIntervalSeriesCollection();
        XYIntervalSeries[] series = new XYIntervalSeries[phases.length];
        for (int p = 0; p < phases.length; p++) {
            series[p] = new XYIntervalSeries(phases[p].name().toLowerCase().replace('_', ' '));
            d.addSeries(series[p]);
        }
        for (int vm = 0; vm < durations.length; vm++) {
            double t = vm * 0.3;
            for (int p = 0; p < phases.length; p++) {
                series[p].add(vm, vm - 0.3, vm + 0.3, t, t, t + durations[vm][p]);
                t += durations[vm][p];
            }
        }
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setUseYInterval(true);
        for (int p = 0; p < phases.length; p++) {
            renderer.setSeriesPaint(p, Palette.colourFor(phases[p]));
        }
        JFreeChart chart = ChartFactory.createXYBarChart("Boot timeline", "VM", false, "Time (s)", d,
                PlotOrientation.HORIZONTAL, true, false, false);
        chart.getXYPlot().setRenderer(renderer);
        return chart;
    }
}
