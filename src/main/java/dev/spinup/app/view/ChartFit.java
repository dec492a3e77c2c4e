package dev.spinup.app.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A chart in a viewer too short for its title, subtitles, legend and plot one above the other (the lower pane at
 * 1280×720): the subtitles step aside and the legend stands beside the plot, so the plot keeps its height. A
 * slide or a copy is drawn whole ({@link #whole}); the window's picture alone is fitted.
 */
final class ChartFit {

    /** Below this many pixels per unit of font scale a chart's stacked titles would leave the plot too little. */
    static final double SHORT = 240;

    private ChartFit() {
    }

    /** Fits the viewer's chart to the viewer whenever it is resized or restyled. */
    static void follow(ChartViewer viewer, java.util.function.DoubleSupplier fontScale) {
        Runnable refit = () -> fit(viewer.getChart(), viewer.getWidth(), viewer.getHeight(), fontScale.getAsDouble());
        viewer.widthProperty().addListener(o -> refit.run());
        viewer.heightProperty().addListener(o -> refit.run());
    }

    /** Lays the chart out for a viewer of this size. */
    static void fit(JFreeChart chart, double width, double height, double fontScale) {
        boolean shortView = height > 0 && height < SHORT * Math.max(1, fontScale) && width > height * 1.5;
        boolean fitted = isFitted(chart);
        if (shortView != fitted) {
            apply(chart, shortView);
        }
    }

    /** Draws something of the chart (a slide, a copy) with it laid out whole, then puts the window's fit back. */
    static <T> T whole(JFreeChart chart, Supplier<T> drawing) {
        boolean fitted = isFitted(chart);
        if (!fitted) {
            return drawing.get();
        }
        apply(chart, false);
        try {
            return drawing.get();
        } finally {
            apply(chart, true);
        }
    }

    /** Whether the chart is laid out for a short viewer now. */
    static boolean isFitted(JFreeChart chart) {
        // the layout is its own record: the report's charts put the legend at the bottom and show every subtitle
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title title = chart.getSubtitle(i);
            if (title instanceof LegendTitle legend ? legend.getPosition() == RectangleEdge.RIGHT
                    : title instanceof TextTitle && !title.isVisible()) {
                return true;
            }
        }
        return false;
    }

    private static void apply(JFreeChart chart, boolean fitted) {
        List<Title> titles = new ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            titles.add(chart.getSubtitle(i));
        }
        for (Title title : titles) {
            if (title instanceof LegendTitle legend) {
                legend.setPosition(fitted ? RectangleEdge.RIGHT : RectangleEdge.BOTTOM);
            } else if (title instanceof TextTitle) {
                title.setVisible(!fitted);
            }
        }
        chart.fireChartChanged();
    }

}
