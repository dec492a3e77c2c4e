package dev.spinup.app.player;

import dev.spinup.engine.SimTime;
import dev.spinup.scenario.ScenarioFile;
import dev.spinup.scenario.json.ArrayNode;
import dev.spinup.scenario.json.JsonNode;
import dev.spinup.scenario.json.JsonPath;
import dev.spinup.scenario.json.JsonPrinter;
import dev.spinup.scenario.json.ObjectNode;
import dev.spinup.scenario.json.Problem;
import dev.spinup.scenario.json.ScenarioFileException;
import dev.spinup.scenario.json.SourcePosition;
import dev.spinup.scenario.json.StringNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something the teacher does at a moment of the run, as a Docker or VM user would: start more instances, stop
 * some, build the lesson's Dockerfile again after editing the code it copies, or take a host down. It joins the
 * lesson's timeline at that instant.
 *
 * @param atNanos when, from the start of the run
 * @param count   instances to start or stop (START, STOP)
 * @param host    the host to fail (FAIL_HOST); empty otherwise
 */
public record TeacherAction(long atNanos, Kind kind, int count, String host) {

    /** The closed set of things the teacher can do to a running lesson. */
    public enum Kind {
        START, STOP, BUILD, FAIL_HOST
    }

    public TeacherAction {
        if (atNanos < 0) {
            throw new IllegalArgumentException("an action cannot come before the run starts");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(host, "host");
        if ((kind == Kind.START || kind == Kind.STOP) && count < 1) {
            throw new IllegalArgumentException("start or stop at least one instance");
        }
    }

    public static TeacherAction start(long at, int count) {
        return new TeacherAction(at, Kind.START, count, "");
    }

    public static TeacherAction stop(long at, int count) {
        return new TeacherAction(at, Kind.STOP, count, "");
    }

    public static TeacherAction build(long at) {
        return new TeacherAction(at, Kind.BUILD, 0, "");
    }

    public static TeacherAction failHost(long at, String host) {
        return new TeacherAction(at, Kind.FAIL_HOST, 0, host);
    }

    /** One line for the list of actions: {@code 12.4 s  docker run × 10}. */
    public String describe() {
        String what = switch (kind) {
            case START -> "start " + count + " more";
            case STOP -> "stop " + count;
            case BUILD -> "docker build with the code edited";
            case FAIL_HOST -> "fail " + host;
        };
        return SimTime.format(atNanos) + "  " + what;
    }

    /** Whether the lesson has a {@code build} the teacher can run again with edited code. */
    public static boolean canBuild(ScenarioFile lesson) {
        return lastBuild(lesson).isPresent();
    }

    /**
     * The lesson with this action added to the end of its timeline (the timeline runs its actions in time order,
     * those at one moment in the order written), read again.
     *
     * @param ordinal this action's place among the teacher's, to give an edited build its own tag and contents
     * @throws ScenarioFileException when the scenario refuses it (no host of that name, nothing to build)
     */
    ScenarioFile addTo(ScenarioFile lesson, int ordinal) throws ScenarioFileException {
        List<String> timeline = new ArrayList<>();
        timelineOf(lesson).ifPresent(a -> a.elements().forEach(e -> timeline.add(JsonPrinter.print(e).strip())));
        int index = timeline.size();
        String at = "\"" + atNanos + " ns\"";
        timeline.add(switch (kind) {
            case START -> "{\"at\": " + at + ", \"action\": \"start\", \"count\": " + count + "}";
            case STOP -> "{\"at\": " + at + ", \"action\": \"stop\", \"count\": " + count + "}";
            case FAIL_HOST -> "{\"at\": " + at + ", \"action\": \"fail-host\", \"host\": \"" + host + "\"}";
            case BUILD -> JsonPrinter.print(lastBuild(lesson).orElseThrow(() -> new ScenarioFileException(List.of(
                    new Problem(lesson.source(), SourcePosition.START, JsonPath.ROOT,
                            "this lesson has no build to run again"))))).strip();
        });
        ScenarioFile added = lesson.with("timeline", "[" + String.join(",\n", timeline) + "]");
        if (kind != Kind.BUILD) {
            return added;
        }
        ObjectNode build = (ObjectNode) timelineOf(added).orElseThrow().elements().get(index);
        String tag = ((StringNode) build.get("tag").orElseThrow()).value();
        added = added.with("timeline[" + index + "].at", at)
                .with("timeline[" + index + "].tag", "\"" + tag.replaceAll("-edit-\\d+$", "") + "-edit-" + ordinal
                        + "\"");
        List<JsonNode> steps = build.get("dockerfile").map(d -> ((ObjectNode) d).get("steps").orElseThrow())
                .map(s -> ((ArrayNode) s).elements()).orElseThrow();
        for (int s = steps.size() - 1; s >= 0; s--) {
            if (steps.get(s) instanceof ObjectNode step && step.get("copy").isPresent()) {
                // The files the last COPY reads were edited: that step and every one after it miss the cache.
                return added.with("timeline[" + index + "].dockerfile.steps[" + s + "].contents",
                        "\"edit-" + ordinal + "\"");
            }
        }
        return added;
    }

    private static Optional<ArrayNode> timelineOf(ScenarioFile file) {
        return file.tree() instanceof ObjectNode root && root.get("timeline").orElse(null) instanceof ArrayNode a
                ? Optional.of(a) : Optional.empty();
    }

    private static Optional<JsonNode> lastBuild(ScenarioFile lesson) {
        List<JsonNode> builds = timelineOf(lesson).map(ArrayNode::elements).orElse(List.of()).stream()
                .filter(e -> e instanceof ObjectNode o && o.get("action").orElse(null) instanceof StringNode s
                        && s.value().equals("build"))
                .toList();
        return builds.isEmpty() ? Optional.empty() : Optional.of(builds.get(builds.size() - 1));
    }
}
