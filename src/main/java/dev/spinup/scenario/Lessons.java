package dev.spinup.scenario;

import dev.spinup.scenario.json.JsonPath;
import dev.spinup.scenario.json.Problem;
import dev.spinup.scenario.json.Quote;
import dev.spinup.scenario.json.ScenarioFileException;
import dev.spinup.scenario.json.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lesson library shipped in the jar (copied from {@code scenarios/} to {@code dev/spinup/lessons/}): lists
 * the lessons and loads one by name ({@code "boot-storm"}) or, failing that, a scenario file by path.
 */
public final class Lessons {

    /** The classpath folder the lessons are in. */
    public static final String FOLDER = "/dev/spinup/lessons/";

    /**
     * The lesson files in teaching order. A jar cannot list a folder, so the library names its files here; a test
     * checks this list against the {@code scenarios/} folder.
     */
    static final List<String> FILES = List.of("01-hello.json", "02-density.json", "03-boot-storm.json",
            "04-cold-vs-warm.json", "05-shared-layers.json", "06-type1-vs-type2.json", "07-microvms.json",
            "08-control-plane.json", "09-sandboxes.json", "10-docker-build.json", "11-k8s-scale-out.json",
            "12-k8s-scale-out-cold.json", "13-k8s-node-failure.json", "14-k8s-rolling-update.json",
            "15-k8s-autoscaler-vs-vms.json", "16-k8s-spread-vs-binpacking.json",
            "17-k8s-same-tooling-anywhere.json", "18-cloud-launch.json",
            "19-steady-state-overhead.json", "20-same-tool-got-faster.json",
            "21-reserved-vs-in-use.json");

    private Lessons() {
    }

    /** Every built-in lesson, in teaching order, with its title. */
    public static List<Lesson> all() {
        List<Lesson> lessons = new ArrayList<>();
        for (String file : FILES) {
            try {
                LessonInfo info = load(file).scenario().lesson();
                lessons.add(new Lesson(nameOf(file), info.title(), info.description(), file));
            } catch (ScenarioFileException e) {
                throw new IllegalStateException("the built-in lesson " + file + " does not load:\n" + e.getMessage(), e);
            }
        }
        return lessons;
    }

    /** The names of the built-in lessons, in teaching order. */
    public static List<String> names() {
        return FILES.stream().map(Lessons::nameOf).toList();
    }

    /** The lesson's name: its file name without the number prefix and the extension. */
    static String nameOf(String fileName) {
        return fileName.replaceFirst("^\\d+-", "").replaceFirst("\\.json$", "");
    }

    /**
     * A built-in lesson by name, or else the scenario file at that path.
     *
     * @throws ScenarioFileException if it is neither, or if the file has problems
     */
    public static ScenarioFile load(String nameOrPath) throws ScenarioFileException {
        Optional<String> file = FILES.stream().filter(f -> nameOf(f).equals(nameOrPath) || f.equals(nameOrPath))
                .findFirst();
        if (file.isPresent()) {
            return loadBuiltIn(file.get());
        }
        Path path;
        try {
            path = Path.of(nameOrPath);
        } catch (InvalidPathException notAPath) {
            throw notFound(nameOrPath);
        }
        if (!Files.exists(path) && !nameOrPath.endsWith(".json") && nameOrPath.indexOf('/') < 0
                && nameOrPath.indexOf('\\') < 0) {
            throw notFound(nameOrPath);
        }
        return new ScenarioReader().read(path);
    }

    /** The text of the built-in lesson {@code name} as shipped, to start a new lesson from; empty if none. */
    public static Optional<String> builtInText(String name) {
        Optional<String> file = FILES.stream().filter(f -> nameOf(f).equals(name) || f.equals(name)).findFirst();
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = Lessons.class.getResourceAsStream(FOLDER + file.get())) {
            if (in == null) {
                throw new IllegalStateException("the built-in lesson " + file.get() + " is missing from the classpath");
            }
            return Optional.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the built-in lesson " + file.get(), e);
        }
    }

    private static ScenarioFile loadBuiltIn(String file) throws ScenarioFileException {
        String source = "lessons/" + file;
        try (InputStream in = Lessons.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("the built-in lesson " + file + " is missing from the classpath at "
                        + FOLDER);
            }
            return new ScenarioReader().read(source, in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the built-in lesson " + file, e);
        }
    }

    private static ScenarioFileException notFound(String nameOrPath) {
        return new ScenarioFileException(List.of(new Problem(nameOrPath, SourcePosition.START, JsonPath.ROOT,
                "there is no lesson named " + Quote.name(nameOrPath) + " and no file at that path; the lessons are "
                        + String.join(", ", names()))));
    }
}
