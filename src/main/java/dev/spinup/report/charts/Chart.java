package dev.spinup.report.charts;

import dev.spinup.report.export.CsvTable;
import dev.spinup.report.export.Slug;
import java.util.Objects;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.Drawable;

/**
 * One finished chart: the picture (a themed JFreeChart, or the hand-drawn stack diagram), the slug its files are
 * named after, its title, and the tidy table it was drawn from. Picture and table are built together from the
 * same values, so the CSV is exactly what the chart shows.
 */
public record Chart(Slug slug, String title, Drawable drawable, CsvTable data) {

    public Chart {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(drawable, "drawable");
        Objects.requireNonNull(data, "data");
    }

    /** Names the chart without its table, which can run to thousands of rows. */
    @Override
    public String toString() {
        return "Chart[" + slug + ": " + title + ", " + data.rows().size() + " rows]";
    }

    /** The JFreeChart behind the picture, for an interactive viewer; empty for the stack diagram. */
    public Optional<JFreeChart> jfreeChart() {
        return drawable instanceof JFreeChart chart ? Optional.of(chart) : Optional.empty();
    }
}
