package dev.spinup.scenario;

import dev.spinup.model.DataSize;
import dev.spinup.model.image.BuildStep;
import dev.spinup.model.image.Dockerfile;
import dev.spinup.model.image.Image;
import dev.spinup.scenario.json.ArrayView;
import dev.spinup.scenario.json.ObjectView;
import dev.spinup.scenario.json.Quote;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@code dockerfile} of a build action: {@code from} an image, then steps, each one of
 * {@code {"run": "pip install -r requirements.txt", "cpu": "40 s", "output": "120 MB"}},
 * {@code {"copy": "src/ /app/src", "size": "2 MB", "contents": "v2"}} (change {@code contents} to stand for edited
 * files) or {@code {"instruction": "ENV PORT=8080"}} for a step that makes no layer.
 */
final class DockerfileReader {

    /** The three kinds of step, told apart by which of their keys the step has. */
    private enum StepKind {
        RUN(List.of("run", "cpu", "output")),
        COPY(List.of("copy", "size", "contents")),
        INSTRUCTION(List.of("instruction"));

        final List<String> keys;

        StepKind(List<String> keys) {
            this.keys = keys;
        }

        String key() {
            return keys.get(0);
        }
    }

    /** What {@code contents} is when a COPY does not say: the files as first written. */
    static final String FIRST_CONTENTS = "v1";

    private DockerfileReader() {
    }

    static Optional<Dockerfile> read(ObjectView d, ImageLibrary images) {
        Optional<Image> from = images.resolve(d, "from", true);
        ArrayView stepArray = d.array("steps");
        stepArray.requireSize(1, ScenarioLimits.MAX_BUILD_STEPS);
        List<ObjectView> views = stepArray.objects();
        List<BuildStep> steps = new ArrayList<>();
        for (ObjectView step : views) {
            step(step).ifPresent(steps::add);
        }
        Section.DOCKERFILE.finish(d);
        if (from.isEmpty() || steps.size() != stepArray.size()) {
            return Optional.empty();
        }
        return Optional.of(new Dockerfile(from.get(), steps));
    }

    private static Optional<BuildStep> step(ObjectView v) {
        List<StepKind> kinds = new ArrayList<>();
        for (StepKind kind : StepKind.values()) {
            if (v.has(kind.key())) {
                kinds.add(kind);
            }
        }
        if (kinds.size() != 1) {
            v.problem(kinds.isEmpty() ? "a build step needs one of `run`, `copy` or `instruction`"
                    : "a build step has exactly one of `run`, `copy` or `instruction`, not "
                    + String.join(" and ", kinds.stream().map(k -> Quote.name(k.key())).toList()));
            v.allow(Section.BUILD_STEP.keys().toArray(String[]::new));
            Section.BUILD_STEP.finish(v);
            return Optional.empty();
        }
        StepKind kind = kinds.get(0);
        for (StepKind other : StepKind.values()) {
            for (String key : other.keys) {
                if (!kind.keys.contains(key) && v.node(key).isPresent()) {
                    v.problem(key, Quote.name(key) + " is not a field of a " + Quote.name(kind.key()) + " step");
                }
            }
        }
        Optional<BuildStep> step = switch (kind) {
            case RUN -> run(v);
            case COPY -> copy(v);
            case INSTRUCTION -> text(v, "instruction", "an instruction such as \"ENV PORT=8080\"")
                    .map(BuildStep.Metadata::new);
        };
        Section.BUILD_STEP.finish(v);
        return step;
    }

    private static Optional<BuildStep> run(ObjectView v) {
        Optional<String> command = text(v, "run", "a command such as \"pip install -r requirements.txt\"");
        Duration cpu = Bounds.requiredDuration(v, "cpu", Duration.ZERO, ScenarioLimits.MAX_DURATION);
        DataSize output = Bounds.requiredSize(v, "output", DataSize.ZERO, ScenarioLimits.MAX_SIZE);
        return command.map(c -> new BuildStep.Run(c, cpu, output));
    }

    private static Optional<BuildStep> copy(ObjectView v) {
        Optional<String> source = text(v, "copy", "what to copy, such as \"src/ /app/src\"");
        DataSize size = Bounds.requiredSize(v, "size", DataSize.ZERO, ScenarioLimits.MAX_SIZE);
        Optional<String> contents = v.has("contents") ? text(v, "contents", "a label for the files' contents,"
                + " such as \"v2\"") : Optional.of(FIRST_CONTENTS);
        return source.flatMap(s -> contents.map(c -> new BuildStep.Copy(s, c, size)));
    }

    /** Text that must not be blank. */
    private static Optional<String> text(ObjectView v, String key, String expected) {
        Optional<String> text = v.optionalString(key);
        if (text.isPresent() && text.get().isBlank()) {
            v.problem(key, Quote.name(key) + " needs " + expected);
            return Optional.empty();
        }
        return text;
    }
}
