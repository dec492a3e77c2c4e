package dev.spinup.app.viewmodel;

import dev.spinup.lesson.LessonTexts;
import dev.spinup.model.catalogue.Source;
import dev.spinup.report.charts.Charts;
import dev.spinup.report.handout.Handout;
import dev.spinup.report.handout.HandoutPdf;
import dev.spinup.report.export.ExportDirectory;
import dev.spinup.report.style.Theme;
import dev.spinup.run.RunResult;
import dev.spinup.run.task.BackgroundTask;
import dev.spinup.scenario.EffectiveValue;
import dev.spinup.scenario.LessonInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The handout of an open lesson: its texts, this run's charts in the print theme (greyscale-safe), the explanation
 * with its figures, and every input value with its source, as one PDF.
 */
public final class Handouts {

    private Handouts() {
    }

    /** The handout's content for {@code lesson}'s run. */
    public static Handout of(LoadedLesson lesson) {
        RunResult run = lesson.run();
        LessonInfo info = lesson.file().scenario().lesson();
        LessonTexts.Rendered explanation = LessonTexts.renderWithFigures(info.notice(), run);
        List<String> figures = explanation.figures().stream()
                .map(f -> "{" + f.placeholder() + "} = " + f.value().format()).distinct().toList();
        List<String> sources = new ArrayList<>();
        sources.add("Every value this run used, with the firmness of its source ([P] primary, [D] derived from raw"
                + " data, [S] secondary, [E] estimate, [L] set by the lesson):");
        sources.add("");
        Set<Source> cited = new LinkedHashSet<>();
        for (EffectiveValue v : lesson.file().effectiveValues()) {
            sources.add(v.path() + " = " + v.value() + "  " + v.tag() + " " + v.source().key());
            cited.add(v.source());
        }
        sources.add("");
        sources.add("The sources:");
        for (Source s : cited) {
            sources.add(s.evidence().tag() + " " + s.key() + ": " + s.citation() + s.url().map(u -> " " + u).orElse(""));
        }
        return new Handout(info.title(), info.description(), info.goals(), info.predict(),
                Charts.forRun(run, Theme.PRINT), explanation.text(), figures, sources);
    }

    /** Writes the handout of {@code lesson} to {@code file} (atomically, beside it), off the UI thread. */
    public static BackgroundTask<Path> task(LoadedLesson lesson, Path file) {
        return context -> {
            byte[] pdf = HandoutPdf.toBytes(of(lesson));
            context.throwIfCancelled();
            Path absolute = file.toAbsolutePath();
            try {
                return new ExportDirectory(absolute.getParent()).write(absolute.getFileName().toString(), pdf);
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": " + e.getMessage(), e);
            }
        };
    }
}
