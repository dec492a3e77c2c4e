package dev.spinup.app.view;

import dev.spinup.report.charts.BootTimelineChart;
import dev.spinup.report.charts.Chart;
import dev.spinup.report.charts.ReadyOverTimeChart;
import dev.spinup.report.charts.UtilisationChart;
import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;

/**
 * The playback time drawn as a line across a report chart whose axis is time since the start of the run (ready
 * over time, the boot timeline, utilisation), so the chart and the stage show the same moment.
 */
final class ChartCursor {

    private final List<ValueMarker> markers;

    private ChartCursor(List<ValueMarker> markers) {
        this.markers = markers;
    }

    /** A cursor on {@code chart} if its axis is run time; none (an empty cursor) otherwise. */
    static ChartCursor on(Chart chart) {
        List<ValueMarker> markers = new ArrayList<>();
        JFreeChart jfree = chart.jfreeChart().orElse(null);
        if (jfree == null) {
            return new ChartCursor(markers);
        }
        Plot plot = jfree.getPlot();
        if (chart.slug().equals(ReadyOverTimeChart.SLUG) && plot instanceof XYPlot xy) {
            xy.addDomainMarker(marker(markers));
        } else if (chart.slug().equals(UtilisationChart.SLUG) && plot instanceof CombinedDomainXYPlot combined) {
            for (XYPlot sub : combined.getSubplots()) {
                sub.addDomainMarker(marker(markers));
            }
        } else if (chart.slug().equals(BootTimelineChart.SLUG) && plot instanceof CombinedRangeXYPlot combined) {
            for (XYPlot sub : combined.getSubplots()) {
                sub.addRangeMarker(marker(markers));
            }
        }
        return new ChartCursor(markers);
    }

    boolean present() {
        return !markers.isEmpty();
    }

    void moveTo(long timeNanos) {
        double seconds = timeNanos / 1e9;
        for (ValueMarker m : markers) {
            if (m.getValue() != seconds) {
                m.setValue(seconds);
            }
        }
    }

    private static ValueMarker marker(List<ValueMarker> markers) {
        ValueMarker m = new ValueMarker(0);
        m.setPaint(new java.awt.Color(0xD5, 0x5E, 0x00));
        m.setStroke(new BasicStroke(2.5f));
        markers.add(m);
        return m;
    }
}
