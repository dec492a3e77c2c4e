package dev.spinup.scenario.json;

import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A miniature of the future scenario mapper, written only against the public API, to show (and test) how reading a
 * whole file goes: read everything, reject unknown keys, then throw all problems at once.
 */
final class ExampleLessonMapper {

    enum Arrival { ALL_AT_ONCE, POISSON, STAGGERED }

    enum StackKind { CONTAINER, VM, MICRO_VM }

    record Stack(StackKind kind, String image, Optional<DataSize> memory) {
    }

    record Lesson(String title, int replications, int instances, Arrival arrival, Duration delay, DataSize memory,
                  double cores, DataRate disk, DataRate network, List<Stack> stacks) {
    }

    private ExampleLessonMapper() {
    }

    static Lesson read(Path file, String shownAs) throws ScenarioFileException {
        Problems problems = new Problems(shownAs);
        return map(ObjectView.root(JsonTreeReader.withDefaultLimits().read(file, problems), problems));
    }

    static Lesson parse(String text) throws ScenarioFileException {
        Problems problems = new Problems("lesson.json");
        return map(ObjectView.root(JsonTreeReader.withDefaultLimits().parse(text, problems), problems));
    }

    private static Lesson map(ObjectView root) throws ScenarioFileException {
        root.allow("$schema");
        String title = root.requiredString("title");
        int replications = root.optionalInt("replications", 1, 1, 1000);

        var w = root.object("workload");
        int instances = w.requiredInt("instances", 1, 100_000);
        Arrival arrival = w.optionalEnum("arrival", Arrival.class).orElse(Arrival.ALL_AT_ONCE);
        Duration delay = w.optionalDuration("delay").orElse(Duration.ZERO);
        w.rejectUnknownKeys();

        var h = root.object("host");
        DataSize memory = h.requiredDataSize("memory");
        double cores = h.requiredDouble("cores", 1, 1024);
        DataRate disk = h.requiredDataRate("disk");
        DataRate network = h.optionalDataRate("network").orElse(DataRate.ofGigabitsPerSecond(1));
        h.rejectUnknownKeys();

        ArrayView stackArray = root.array("stacks");
        stackArray.requireSize(1, 8);
        List<Stack> stacks = stackArray.objects().stream().map(s -> {
            Stack stack = new Stack(s.requiredEnum("kind", StackKind.class), s.requiredString("image"),
                    s.optionalDataSize("memory"));
            s.rejectUnknownKeys();
            return stack;
        }).toList();
        root.rejectUnknownKeys();

        root.problems().throwIfAny();
        return new Lesson(title, replications, instances, arrival, delay, memory, cores, disk, network, stacks);
    }
}
