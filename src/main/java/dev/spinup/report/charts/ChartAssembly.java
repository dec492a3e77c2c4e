package dev.spinup.report.charts;

import dev.spinup.report.export.CsvTable;
import dev.spinup.report.export.Slug;
import dev.spinup.report.style.Theme;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;

/** The last steps every chart builder shares: title, subtitles, legend, theme, and pairing with its table. */
final class ChartAssembly {

    private ChartAssembly() {
    }

    static JFreeChart chart(String title, Plot plot, boolean legend) {
        return new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, legend);
    }

    /**
     * Gives a chart made of several panels one legend from {@code source}; a combined plot would otherwise list
     * every series once per panel.
     */
    static void legendFrom(JFreeChart chart, LegendItemSource source) {
        chart.removeLegend();
        LegendTitle legend = new LegendTitle(source);
        legend.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(legend);
    }

    /** Adds the subtitles under the title (the lesson first, then notes on how to read the chart) and themes it. */
    static Chart finish(Slug slug, JFreeChart chart, List<String> subtitles, CsvTable data, Theme theme) {
        int at = 0;
        for (String line : subtitles) {
            if (!line.isBlank()) {
                chart.addSubtitle(at++, new TextTitle(UnitSpaces.keep(line)));
            }
        }
        String title = chart.getTitle().getText();
        chart.getTitle().setText(UnitSpaces.keep(title));
        theme.apply(chart);
        return new Chart(slug, title, chart, data);
    }
}
