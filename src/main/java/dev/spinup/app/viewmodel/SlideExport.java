package dev.spinup.app.viewmodel;

import dev.spinup.report.ReportFormat;
import dev.spinup.report.ReportOptions;
import dev.spinup.report.ReportWriter;
import dev.spinup.report.charts.Chart;
import dev.spinup.report.charts.Charts;
import dev.spinup.report.export.Slug;
import dev.spinup.report.style.Theme;
import dev.spinup.run.RunResult;
import dev.spinup.run.task.BackgroundTask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Exporting the open run's charts for slides: the charts are drawn again in the chosen theme (the window's own
 * charts are left as they are) and written through the report's exporters into a folder, with its manifest.
 *
 * @param formats which files per chart
 * @param preset  the slide size
 * @param theme   how the charts look
 * @param only    one chart (by slug), or empty for every chart of the lesson
 * @param folder  where the files go
 */
public record SlideExport(Set<ReportFormat> formats, SlidePreset preset, Theme theme, Optional<Slug> only,
                          Path folder) {

    public SlideExport {
        formats = Set.copyOf(formats);
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(only, "only");
        Objects.requireNonNull(folder, "folder");
    }

    /** The work, to run off the UI thread; returns the files written, the manifest last. */
    public BackgroundTask<List<Path>> task(RunResult run) {
        return context -> {
            List<Chart> charts = Charts.forRun(run, theme).stream()
                    .filter(c -> only.isEmpty() || c.slug().equals(only.get())).toList();
            context.throwIfCancelled();
            try {
                return new ReportWriter(folder).write(charts, new ReportOptions(theme, formats, preset.size(), 1));
            } catch (IOException e) {
                throw new UncheckedIOException(folder + ": " + e.getMessage(), e);
            }
        };
    }
}
