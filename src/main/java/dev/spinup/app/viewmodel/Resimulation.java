package dev.spinup.app.viewmodel;

import dev.spinup.app.player.WhatIfSession;
import dev.spinup.report.style.Theme;
import dev.spinup.run.RunResult;
import dev.spinup.run.task.BackgroundTask;
import dev.spinup.run.task.TaskContext;
import dev.spinup.scenario.ScenarioFile;
import dev.spinup.scenario.json.ScenarioFileException;
import java.util.Optional;

/**
 * The background work of a what-if change or a teacher's action: simulate the session and build what the screen
 * shows. The lesson it carries is the one saving writes (with the actions, without the knobs); a knob or action
 * the scenario refuses comes back as its problems.
 */
final class Resimulation implements BackgroundTask<OpenOutcome> {

    private final String source;
    private final WhatIfSession session;
    private final Theme theme;

    Resimulation(String source, WhatIfSession session, Theme theme) {
        this.source = source;
        this.session = session;
        this.theme = theme;
    }

    @Override
    public OpenOutcome call(TaskContext context) {
        try {
            ScenarioFile lesson = session.lessonWithActions();
            RunResult run = session.run(context);
            return new OpenOutcome.Opened(LessonOpener.loaded(source, lesson, run, theme, context));
        } catch (ScenarioFileException e) {
            return new OpenOutcome.Refused(source, e.problems(), Optional.empty());
        }
    }
}
