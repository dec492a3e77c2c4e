package dev.spinup.app.viewmodel;

import dev.spinup.app.player.Narrator;
import dev.spinup.app.player.Playback;
import dev.spinup.lesson.LessonTexts;
import dev.spinup.lesson.Narration;
import dev.spinup.lesson.Notices;
import dev.spinup.report.charts.Charts;
import dev.spinup.run.ArmResult;
import dev.spinup.report.style.Theme;
import dev.spinup.run.RunOptions;
import dev.spinup.run.RunResult;
import dev.spinup.run.Runner;
import dev.spinup.run.task.BackgroundTask;
import dev.spinup.run.task.TaskContext;
import dev.spinup.scenario.Lessons;
import dev.spinup.scenario.ScenarioFile;
import dev.spinup.scenario.ScenarioReader;
import dev.spinup.scenario.json.ScenarioFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The background work of opening a lesson: read the file (untrusted), simulate every stack, and build the
 * playback, narration and charts, checking for cancellation between the steps and inside the run.
 */
final class LessonOpener implements BackgroundTask<OpenOutcome> {

    /** The file text shown beside problems is read only up to this size; a larger file shows problems alone. */
    static final long MOST_TEXT_BYTES = 4L * 1024 * 1024;

    private final String nameOrPath;
    private final Optional<String> text;
    private final Theme theme;

    LessonOpener(String nameOrPath, Theme theme) {
        this(nameOrPath, Optional.empty(), theme);
    }

    /** Opens {@code text} (the editor's draft) as if it were the file {@code nameOrPath}. */
    LessonOpener(String nameOrPath, Optional<String> text, Theme theme) {
        this.nameOrPath = nameOrPath;
        this.text = text;
        this.theme = theme;
    }

    @Override
    public OpenOutcome call(TaskContext context) {
        ScenarioFile file;
        try {
            file = text.isPresent() ? new ScenarioReader().read(nameOrPath, text.get()) : Lessons.load(nameOrPath);
        } catch (ScenarioFileException e) {
            return new OpenOutcome.Refused(nameOrPath, e.problems(), text.isPresent() ? text : textOf(nameOrPath));
        }
        context.throwIfCancelled();
        RunResult run = new Runner(RunOptions.DEFAULT).run(file.scenario(), context);
        return new OpenOutcome.Opened(loaded(nameOrPath, file, run, theme, context));
    }

    /** Everything the screen shows of a run: playback, narration, charts, the explanation and the notices. */
    static LoadedLesson loaded(String source, ScenarioFile file, RunResult run, Theme theme, TaskContext context) {
        context.throwIfCancelled();
        Playback playback = new Playback(run);
        Narrator narrator = new Narrator(playback);
        context.throwIfCancelled();
        return new LoadedLesson(source, file, run, playback, narrator, Charts.forRun(run, theme), explanation(run),
                Notices.of(file, run));
    }

    /** The lesson's own words with this run's figures, and the model's sentences for each stack. */
    static String explanation(RunResult run) {
        StringBuilder text = new StringBuilder(LessonTexts.notice(run).strip());
        String answer = LessonTexts.answer(run).strip();
        if (!answer.isEmpty()) {
            text.append(text.length() == 0 ? "" : "\n").append("The answer, from this run: ").append(answer);
        }
        for (ArmResult arm : run.arms()) {
            for (String sentence : Narration.forStack(arm)) {
                text.append(text.length() == 0 ? "" : "\n").append("•  ").append(arm.stack().label()).append(": ")
                        .append(sentence);
            }
        }
        return text.toString();
    }

    /** The file's text, to show the lines its problems point at; only a regular file of sensible size. */
    static Optional<String> textOf(String nameOrPath) {
        try {
            Path path = Path.of(nameOrPath);
            if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) || Files.size(path) > MOST_TEXT_BYTES) {
                return Optional.empty();
            }
            return Optional.of(Files.readString(path));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
