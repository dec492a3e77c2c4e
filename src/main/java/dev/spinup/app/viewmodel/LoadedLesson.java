package dev.spinup.app.viewmodel;

import dev.spinup.app.player.Narrator;
import dev.spinup.app.player.Playback;
import dev.spinup.lesson.Notice;
import dev.spinup.report.charts.Chart;
import dev.spinup.run.RunResult;
import dev.spinup.scenario.ScenarioFile;
import java.util.List;
import java.util.Objects;

/**
 * A lesson opened and simulated off the UI thread, with everything the screen needs built from the one run:
 * the playback, the narration and the report's charts.
 *
 * @param source      how the lesson was asked for: a built-in lesson's name or a file's path
 * @param explanation the lesson's explanation with this run's figures, then why the typical and the slowest
 *                    instance of each stack took their time
 * @param notices     what changes what the numbers mean, as {@code spinup run} prints it ({@link dev.spinup.lesson.Notices})
 */
public record LoadedLesson(String source, ScenarioFile file, RunResult run, Playback playback, Narrator narrator,
                           List<Chart> charts, String explanation, List<Notice> notices) {

    public LoadedLesson {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(playback, "playback");
        Objects.requireNonNull(narrator, "narrator");
        charts = List.copyOf(charts);
        Objects.requireNonNull(explanation, "explanation");
        notices = List.copyOf(notices);
    }
}
