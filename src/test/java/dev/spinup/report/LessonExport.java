package dev.spinup.report;

import dev.spinup.report.style.Theme;
import dev.spinup.run.Runner;
import dev.spinup.scenario.Lessons;
import java.nio.file.Path;
import java.util.EnumSet;

/**
 * Runs lessons and exports their CSV, SVG and PDF files, one folder per lesson: the program each JVM of
 * {@link CrossJvmDeterminismTest} runs. Arguments: the output folder, then lesson names.
 */
public final class LessonExport {

    private LessonExport() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        ReportOptions options = ReportOptions.of(Theme.PRINT)
                .withFormats(EnumSet.of(ReportFormat.CSV, ReportFormat.SVG, ReportFormat.PDF));
        for (int i = 1; i < args.length; i++) {
            new ReportWriter(out.resolve(args[i])).write(new Runner().run(Lessons.load(args[i]).scenario()), options);
        }
    }
}
