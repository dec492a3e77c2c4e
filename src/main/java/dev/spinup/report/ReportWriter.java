package dev.spinup.report;

import dev.spinup.report.charts.Chart;
import dev.spinup.report.charts.Charts;
import dev.spinup.report.export.ExportDirectory;
import dev.spinup.report.export.ExportFormat;
import dev.spinup.report.export.ExportManifest;
import dev.spinup.report.export.ExportSize;
import dev.spinup.report.export.PngFormat;
import dev.spinup.report.export.SvgFormat;
import dev.spinup.report.export.Slug;
import dev.spinup.run.RunResult;
import dev.spinup.run.task.BackgroundTask;
import dev.spinup.run.task.ParallelTasks;
import dev.spinup.run.task.ProcessTaskExecutor;
import dev.spinup.run.task.TaskContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a run's report into a directory: every chart the lesson asks for in the chosen formats (each named after
 * its slug), plus {@code summary.csv} and {@code figures.csv}. The same result gives byte-identical CSV and SVG files.
 */
public final class ReportWriter {

    private final ExportDirectory directory;

    public ReportWriter(Path directory) {
        this.directory = new ExportDirectory(directory);
    }

    /**
     * The run's charts and summary, then {@link ExportManifest#FILE_NAME} listing them (written last: a folder
     * without it is incomplete); returns the files written, in order, the manifest last.
     */
    public List<Path> write(RunResult result, ReportOptions options) throws IOException {
        ExportManifest manifest = ExportManifest.begin(directory);
        List<Path> written = new ArrayList<>(writeCharts(Charts.forRun(result, options.theme()), options));
        if (options.formats().contains(ReportFormat.CSV)) {
            written.add(directory.write(SummaryTable.of(result), new Slug(SummaryTable.FILE_NAME)));
            written.add(directory.write(FigureTable.of(result), new Slug(FigureTable.FILE_NAME)));
        }
        written.add(manifest.finish(written));
        return written;
    }

    /** Just these charts (already themed) as a complete set with its manifest; returns the files, manifest last. */
    public List<Path> write(List<Chart> charts, ReportOptions options) throws IOException {
        ExportManifest manifest = ExportManifest.begin(directory);
        List<Path> written = new ArrayList<>(writeCharts(charts, options));
        written.add(manifest.finish(written));
        return written;
    }

    /**
     * These charts, each in every chosen format; returns the files written, in order. Different charts are drawn
     * side by side on the machine's cores (one chart's formats one after another, as a chart must not be drawn
     * twice at once); the files do not depend on it.
     */
    private List<Path> writeCharts(List<Chart> charts, ReportOptions options) throws IOException {
        List<BackgroundTask<List<Path>>> tasks = new ArrayList<>();
        for (Chart chart : charts) {
            tasks.add(context -> writeOne(chart, options));
        }
        try {
            List<Path> written = new ArrayList<>();
            ProcessTaskExecutor pool = ProcessTaskExecutor.shared();
            ParallelTasks.runAll(tasks, pool, pool.threads(), TaskContext.NONE).forEach(written::addAll);
            return written;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private List<Path> writeOne(Chart chart, ReportOptions options) throws IOException {
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : ReportFormat.values()) {
            if (!options.formats().contains(format)) {
                continue;
            }
            Optional<ExportFormat> picture = format.picture(options.pngScale());
            written.add(picture.isPresent() ? writePicture(chart, picture.get(), options)
                    : directory.write(chart.data(), chart.slug()));
        }
        return written;
    }

    private Path writePicture(Chart chart, ExportFormat picture, ReportOptions options) throws IOException {
        if (picture instanceof PngFormat png) {
            // pixels: laid out at the theme's design height and drawn down, so type keeps its share of the slide
            return directory.write(chart.drawable(), chart.slug(), options.size().laidOutFor(options.theme()),
                    new PngFormat(png.scale() * options.size().scaleFrom(options.theme())));
        }
        // SVG and PDF alike: the same layout as the PNG of this size, declared at the size asked for
        ExportSize laidOut = options.size().laidOutFor(options.theme());
        double scale = options.size().scaleFrom(options.theme());
        ExportFormat scaled = picture instanceof SvgFormat ? ExportFormat.svg(scale) : ExportFormat.pdf(scale);
        return directory.write(chart.drawable(), chart.slug(), laidOut, scaled);
    }
}
