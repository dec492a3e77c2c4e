package dev.spinup.report;

import dev.spinup.report.charts.Chart;
import dev.spinup.report.charts.Charts;
import dev.spinup.report.export.ExportDirectory;
import dev.spinup.report.export.ExportFormat;
import dev.spinup.report.export.Slug;
import dev.spinup.run.RunResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes a run's report into a directory: every chart the lesson asks for in the chosen formats (each named after
 * its slug), plus {@code summary.csv}. The same result gives byte-identical CSV and SVG files.
 */
public final class ReportWriter {

    private final ExportDirectory directory;

    public ReportWriter(Path directory) {
        this.directory = new ExportDirectory(directory);
    }

    /** The run's charts and summary; returns the files written, in order. */
    public List<Path> write(RunResult result, ReportOptions options) throws IOException {
        List<Path> written = new ArrayList<>(write(Charts.forRun(result, options.theme()), options));
        if (options.formats().contains(ReportFormat.CSV)) {
            written.add(directory.write(SummaryTable.of(result), new Slug(SummaryTable.FILE_NAME)));
        }
        return written;
    }

    /**
     * Just these charts (already themed), each in every chosen format; returns the files written, in order.
     * Different charts are drawn side by side on the machine's cores (one chart's formats one after another, as a
     * chart must not be drawn twice at once); the files do not depend on it.
     */
    public List<Path> write(List<Chart> charts, ReportOptions options) throws IOException {
        int threads = Math.max(1, Math.min(charts.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "spinup-export");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<List<Path>>> perChart = new ArrayList<>();
            for (Chart chart : charts) {
                perChart.add(pool.submit(() -> writeOne(chart, options)));
            }
            List<Path> written = new ArrayList<>();
            for (Future<List<Path>> future : perChart) {
                written.addAll(await(future));
            }
            return written;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Path> writeOne(Chart chart, ReportOptions options) throws IOException {
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : ReportFormat.values()) {
            if (!options.formats().contains(format)) {
                continue;
            }
            Optional<ExportFormat> picture = format.picture(options.pngScale());
            written.add(picture.isPresent()
                    ? directory.write(chart.drawable(), chart.slug(), options.size(), picture.get())
                    : directory.write(chart.data(), chart.slug()));
        }
        return written;
    }

    private static List<Path> await(Future<List<Path>> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing charts", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
