package dev.spinup.app.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.SimTime;
import dev.spinup.model.runtime.ModelEvent;
import dev.spinup.run.ArmResult;
import dev.spinup.run.RunResult;
import dev.spinup.run.task.TaskContext;
import dev.spinup.scenario.Lessons;
import dev.spinup.scenario.ScenarioFile;
import dev.spinup.scenario.ScenarioReader;
import dev.spinup.scenario.TimedAction;
import dev.spinup.scenario.json.ScenarioFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The teacher's changes to a lesson in class, on real runs of the built-in lessons. */
class WhatIfSessionTest {

    private static List<ModelEvent> before(ArmResult arm, long t) {
        return arm.trace().stream().filter(e -> e.timeNanos() < t).toList();
    }

    private static List<ModelEvent> after(ArmResult arm, long t) {
        return arm.trace().stream().filter(e -> e.timeNanos() >= t).toList();
    }

    @Test
    void anActionAtTKeepsEverythingBeforeTIdenticalAndChangesWhatFollows() throws Exception {
        WhatIfSession lesson = WhatIfSession.of(Lessons.load("boot-storm"));
        long t = 5 * SimTime.SECOND;
        RunResult plain = lesson.run(TaskContext.NONE);
        for (TeacherAction action : List.of(TeacherAction.start(t, 20), TeacherAction.stop(t, 30),
                TeacherAction.failHost(t, "host-1"))) {
            RunResult acted = lesson.withAction(action).run(TaskContext.NONE);
            for (int s = 0; s < plain.arms().size(); s++) {
                ArmResult was = plain.arms().get(s);
                ArmResult now = acted.arms().get(s);
                assertTrue(before(was, t).size() > 10, "the storm has begun by 5 s");
                assertEquals(before(was, t), before(now, t), action + " on " + was.stack().id());
                assertNotEquals(after(was, t), after(now, t), action + " changes what follows on " + was.stack().id());
            }
        }
    }

    @Test
    void aBuildWithEditedCodeMissesTheCacheFromTheLastCopyOn() throws Exception {
        ScenarioFile docker = Lessons.load("docker-build");
        assertTrue(TeacherAction.canBuild(docker));
        long t = 5 * SimTime.MINUTE;
        WhatIfSession acted = WhatIfSession.of(docker).withAction(TeacherAction.build(t));
        List<TimedAction> timeline = acted.lessonWithActions().scenario().timeline();
        TimedAction last = timeline.get(timeline.size() - 1);
        assertEquals(t, last.at().toNanos());
        TimedAction.Build build = (TimedAction.Build) last.action();
        assertTrue(build.tag().endsWith("-edit-1"), build.tag());
        RunResult run = acted.run(TaskContext.NONE);
        assertEquals(timeline.size(), run.arms().get(0).actions().size());
        assertTrue(!TeacherAction.canBuild(Lessons.load("boot-storm")));
    }

    @Test
    void actionsAreKeptInTheLessonAndSavedWithIt(@TempDir Path dir) throws Exception {
        WhatIfSession session = WhatIfSession.of(Lessons.load("hello"))
                .withAction(TeacherAction.start(2 * SimTime.SECOND, 3))
                .withAction(TeacherAction.stop(4 * SimTime.SECOND, 1))
                .withKnob("instances", "5");
        Path file = dir.resolve("hello.json");
        session.lessonWithActions().save(file);
        ScenarioFile saved = new ScenarioReader().read(file);
        assertEquals(List.of(new TimedAction(java.time.Duration.ofSeconds(2), new TimedAction.Start(3)),
                new TimedAction(java.time.Duration.ofSeconds(4), new TimedAction.Stop(1))), saved.scenario().timeline());
        assertEquals(Lessons.load("hello").scenario().workload().instances(), saved.scenario().workload()
                .instances(), "a what-if knob is not part of the lesson");
        assertEquals(2, session.withoutAction(0).withAction(TeacherAction.start(SimTime.SECOND, 1))
                .lessonWithActions().scenario().timeline().size());
        assertEquals(1, session.withoutAction(1).lessonWithActions().scenario().timeline().size());
    }

    @Test
    void knobsChangeTheShownScenarioAndGoBackToTheLessonOneByOneOrAll() throws Exception {
        ScenarioFile lesson = Lessons.load("boot-storm");
        WhatIfSession session = WhatIfSession.of(lesson).withKnob("instances", "40").withKnob("host-cores", "32");
        assertEquals(40, session.shown().scenario().workload().instances());
        assertEquals(32, session.shown().scenario().hosts().get(0).spec().cores());
        assertEquals(100, session.withoutKnob("instances").shown().scenario().workload().instances());
        assertEquals(lesson.scenario(), session.withLessonKnobs().shown().scenario());
        assertEquals(session.withKnob("instances", "100").knobs().keySet(), java.util.Set.of("host-cores"),
                "the lesson's own value is no change");
    }

    @Test
    void aRunWithChangedKnobsNamesThemUnderItsChartsTitleAndTheLessonsRunKeepsItsOwn() throws Exception {
        ScenarioFile lesson = Lessons.load("boot-storm");
        String title = lesson.scenario().lesson().title();
        WhatIfSession session = WhatIfSession.of(lesson).withKnob("instances", "40").withKnob("host-cores", "32");
        assertEquals("instances 40, host cores 32", session.changes());
        RunResult changed = session.run(TaskContext.NONE);
        assertEquals(title + " — what if: instances 40, host cores 32", changed.scenario().lesson().title());
        assertEquals(40, changed.arms().get(0).instances().size());
        assertEquals("", session.withLessonKnobs().changes());
        assertEquals(title, session.withLessonKnobs().run(TaskContext.NONE).scenario().lesson().title());
    }

    @Test
    void aKnobTheScenarioRefusesIsItsProblemAndNothingRuns() throws Exception {
        WhatIfSession session = WhatIfSession.of(Lessons.load("boot-storm")).withKnob("guest-os@vm",
                "minimal-linux").withKnob("hypervisor@vm", "xen").withKnob("app-memory", "4000");
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> session.run(TaskContext.NONE));
        assertTrue(e.problems().get(0).toString().contains("memory"), e.problems().toString());
    }

    @Test
    void aComparisonRunsOneStackTwiceWithCommonRandomNumbersSoOnlyTheKnobDiffers() throws Exception {
        WhatIfSession session = WhatIfSession.of(Lessons.load("boot-storm"));
        RunResult same = session.withComparison(Optional.of(new Comparison(1, "runtime@docker", "docker-runc")))
                .run(TaskContext.NONE);
        assertEquals(List.of("docker", "docker2"), same.arms().stream().map(a -> a.stack().id()).toList());
        assertEquals(same.arms().get(0).instances(), same.arms().get(1).instances(),
                "the same stack twice is the same run: common random numbers");
        RunResult crun = session.withComparison(Optional.of(new Comparison(1, "runtime@docker", "containerd-crun")))
                .run(TaskContext.NONE);
        assertEquals("Containers (Docker) · containerd-crun", crun.arms().get(1).stack().label());
        assertTrue(crun.arms().get(1).summary().startup().p50() < crun.arms().get(0).summary().startup().p50(),
                "crun under containerd starts faster than Docker's runc");
        RunResult cold = session.withComparison(Optional.of(new Comparison(2, "cache", "cold"))).run(TaskContext.NONE);
        assertEquals("containerd", cold.arms().get(0).stack().id());
        assertTrue(cold.arms().get(1).summary().startup().p50() > cold.arms().get(0).summary().startup().p50(),
                "pulling the image makes the cold column slower");
    }
}
