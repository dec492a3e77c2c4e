package dev.spinup.report.charts;

import dev.spinup.lesson.Figures;
import dev.spinup.lesson.Quantity;
import dev.spinup.report.export.CsvTable;
import dev.spinup.report.export.Slug;
import dev.spinup.report.style.Palette;
import dev.spinup.report.style.Theme;
import dev.spinup.run.ArmResult;
import dev.spinup.run.RunResult;
import dev.spinup.scenario.text.FigureKind;
import dev.spinup.scenario.text.Figure;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * What layer sharing saves: per stack, the bytes every pull of the run downloaded, beside what the same images
 * would have downloaded one by one, sharing nothing. Both are {@link Figures}, so the bars, their labels, the CSV
 * and the lesson's text quote one value.
 */
public final class DownloadsChart {

    public static final Slug SLUG = new Slug("downloads");
    static final String TITLE = "Bytes downloaded, with and without shared layers";
    static final String SHARED = "downloaded (layers already on the host are not fetched again)";
    static final String ALONE = "the same images one by one, sharing nothing";
    private static final double MIB = 1024.0 * 1024.0;

    private DownloadsChart() {
    }

    public static Chart of(RunResult result, Theme theme) {
        Figures figures = Figures.of(result);
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        CsvTable.Builder csv = CsvTable.builder("stack_id", "stack", "figure", "case", "bytes", "shown");
        Map<String, String> shown = new HashMap<>();
        for (ArmResult arm : result.arms()) {
            for (FigureKind kind : List.of(FigureKind.DOWNLOADED, FigureKind.IMAGES_SIZE)) {
                Figure figure = new Figure(Optional.of(arm.stack().id()), kind, Optional.empty());
                Quantity value = figures.value(figure);
                String series = kind == FigureKind.DOWNLOADED ? SHARED : ALONE;
                dataset.addValue(value.value() / MIB, series, arm.stack().label());
                shown.put(series + "|" + arm.stack().label(), " " + value.format());
                csv.row(arm.stack().id(), arm.stack().label(), figure.name(),
                        kind == FigureKind.DOWNLOADED ? "shared" : "alone", Math.round(value.value()), value.format());
            }
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setSeriesPaint(0, Palette.SERIES_SEQUENCE.get(0).colour());
        renderer.setSeriesPaint(1, Palette.SERIES_SEQUENCE.get(1).colour());
        renderer.setMaximumBarWidth(0.3);
        // Each bar ends in the figure as the lesson's text prints it.
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(CategoryDataset data, int row, int column) {
                return shown.get(data.getRowKey(row) + "|" + data.getColumnKey(column));
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        NumberAxis axis = ChartAxes.linear("Downloaded (MiB)");
        axis.setUpperMargin(0.2);
        CategoryPlot plot = new CategoryPlot(dataset, ChartAxes.categories(null), axis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        JFreeChart chart = ChartAssembly.chart(TITLE, plot, true);
        String note = "every pull of the run: its instances' and the timeline's";
        return ChartAssembly.finish(SLUG, chart, List.of(result.scenario().lesson().title(), note), csv.build(),
                theme);
    }
}
