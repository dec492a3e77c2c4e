package dev.spinup.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.model.image.BuildStep;
import dev.spinup.model.stack.StackKind;
import dev.spinup.scenario.json.ObjectNode;
import dev.spinup.scenario.json.ScenarioFileException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The built-in lesson library: every lesson is a complete teaching unit that loads cleanly, by name or path. */
class LessonsTest {

    private static final Path SCENARIOS = Path.of("scenarios");

    @Test
    void theLibraryListsExactlyTheFilesOfTheScenariosFolder() throws Exception {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            assertEquals(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList(),
                    Lessons.FILES);
        }
    }

    @Test
    void theLessonsAreNamedAfterTheirFilesInTeachingOrder() {
        assertEquals(List.of("hello", "density", "boot-storm", "cold-vs-warm", "shared-layers", "type1-vs-type2",
                "microvms", "control-plane", "sandboxes", "docker-build", "k8s-scale-out",
                "k8s-scale-out-cold", "k8s-node-failure", "k8s-rolling-update", "k8s-autoscaler-vs-vms",
                "k8s-spread-vs-binpacking", "k8s-same-tooling-anywhere", "cloud-launch", "steady-state-overhead",
                "same-tool-got-faster", "reserved-vs-in-use"), Lessons.names());
    }

    @Test
    void everyLessonIsATeachingUnitThatLoadsWithoutWarnings() throws Exception {
        for (Lesson lesson : Lessons.all()) {
            ScenarioFile file = Lessons.load(lesson.name());
            LessonInfo info = file.scenario().lesson();
            assertEquals(List.of(), file.warnings(), lesson.name());
            assertEquals(info.title(), lesson.title());
            assertFalse(info.description().isBlank(), lesson.name());
            assertTrue(info.goals().size() >= 2 && info.goals().size() <= 4, lesson.name() + ": 2 to 4 goals");
            assertTrue(info.predict().contains("?"), lesson.name() + ": predict asks a question");
            assertTrue(info.notice().length() > 200, lesson.name() + ": notice says what to look for");
            assertTrue(info.notice().matches("(?s).*\\{[a-z].*\\}.*"), lesson.name()
                    + ": notice quotes the run's figures");
            assertFalse(file.scenario().charts().isEmpty(), lesson.name());
            assertTrue(((ObjectNode) file.tree()).get("$schema").isPresent(), lesson.name() + ": editors find the schema");
        }
    }

    @Test
    void theJarCarriesTheScenariosFolderUnchanged() throws Exception {
        for (String file : Lessons.FILES) {
            try (InputStream in = Lessons.class.getResourceAsStream(Lessons.FOLDER + file)) {
                assertArrayEquals(Files.readAllBytes(SCENARIOS.resolve(file)), in.readAllBytes(), file);
            }
        }
    }

    @Test
    void aLessonLoadsByNameByFileNameAndByPathAlike() throws Exception {
        Scenario byName = Lessons.load("boot-storm").scenario();
        assertEquals(byName, Lessons.load("03-boot-storm.json").scenario());
        assertEquals(byName, Lessons.load("scenarios/03-boot-storm.json").scenario());
        assertEquals("lessons/03-boot-storm.json", Lessons.load("boot-storm").source());
    }

    @Test
    void anUnknownNameListsTheLessons() {
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> Lessons.load("boot-strom"));
        assertEquals("boot-strom:1:1: $: there is no lesson named `boot-strom` and no file at that path; the lessons"
                + " are hello, density, boot-storm, cold-vs-warm, shared-layers, type1-vs-type2, microvms,"
                + " control-plane, sandboxes, docker-build, k8s-scale-out, k8s-scale-out-cold, k8s-node-failure,"
                + " k8s-rolling-update, k8s-autoscaler-vs-vms, k8s-spread-vs-binpacking, k8s-same-tooling-anywhere,"
                + " cloud-launch, steady-state-overhead, same-tool-got-faster, reserved-vs-in-use", e.getMessage());
        ScenarioFileException missing = assertThrows(ScenarioFileException.class,
                () -> Lessons.load("nowhere/lesson.json"));
        assertEquals("nowhere/lesson.json:1:1: $: the file does not exist", missing.getMessage());
    }

    @Test
    void theLessonsAskWhatTheirTopicsNeed() throws Exception {
        Scenario storm = Lessons.load("boot-storm").scenario();
        assertEquals(100, storm.workload().instances());
        assertEquals(new Arrival.AllAtOnce(), storm.workload().arrival());

        Scenario controlPlane = Lessons.load("control-plane").scenario();
        assertEquals(500, controlPlane.workload().instances());
        assertTrue(controlPlane.stacks().stream().anyMatch(s -> s.spec().kind() == StackKind.VM_TYPE1));

        Scenario hypervisors = Lessons.load("type1-vs-type2").scenario();
        assertEquals(List.of(StackKind.VM_TYPE1, StackKind.VM_TYPE1, StackKind.VM_TYPE2),
                hypervisors.stacks().stream().map(s -> s.spec().kind()).toList());

        Scenario sandboxes = Lessons.load("sandboxes").scenario();
        assertEquals(List.of(StackKind.CONTAINER, StackKind.SANDBOXED_USERSPACE_KERNEL, StackKind.SANDBOXED_LIGHT_VM),
                sandboxes.stacks().stream().map(s -> s.spec().kind()).toList());

        Scenario sharedLayers = Lessons.load("shared-layers").scenario();
        assertEquals(9, sharedLayers.timeline().stream().filter(a -> a.action() instanceof TimedAction.Pull).count());

        List<TimedAction.Build> builds = Lessons.load("docker-build").scenario().timeline().stream()
                .map(TimedAction::action).filter(TimedAction.Build.class::isInstance)
                .map(TimedAction.Build.class::cast).toList();
        assertEquals(4, builds.size());
        assertTrue(builds.get(0).dockerfile().steps().get(1) instanceof BuildStep.Copy copyAll
                && copyAll.source().startsWith("."), "the first order copies everything before installing");
        assertTrue(builds.get(1).dockerfile().steps().get(1) instanceof BuildStep.Copy requirements
                && requirements.source().startsWith("requirements.txt"), "the second copies requirements first");
    }
}
