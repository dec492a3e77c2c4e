package dev.spinup.scenario;

import dev.spinup.scenario.json.JsonNode;
import dev.spinup.scenario.json.JsonTreeReader;
import dev.spinup.scenario.json.ObjectView;
import dev.spinup.scenario.json.ReadLimits;
import dev.spinup.scenario.json.ScenarioFileException;
import dev.spinup.scenario.json.TerminalSafeText;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads scenario files: strict UTF-8 JSON, bounded by {@link ReadLimits} and {@link ScenarioLimits}, every value
 * checked, every default taken from the catalogue. Any input gives either a {@link ScenarioFile} or a
 * {@link ScenarioFileException} listing every problem as {@code file:line:column: $.path: message}. Reading
 * fetches, includes and runs nothing: only the bytes of the one file are looked at.
 */
public final class ScenarioReader {

    private final JsonTreeReader trees;

    /** A reader with {@link ReadLimits#DEFAULT}. */
    public ScenarioReader() {
        this(ReadLimits.DEFAULT);
    }

    public ScenarioReader(ReadLimits limits) {
        this.trees = new JsonTreeReader(Objects.requireNonNull(limits, "limits"));
    }

    /** Reads a file, naming it in problems by its path as given. */
    public ScenarioFile read(Path file) throws ScenarioFileException {
        String source = file.toString();
        ReadContext context = new ReadContext(source);
        return finish(source, trees.read(file, context.problems()), context);
    }

    /** Reads text, naming it {@code sourceName} in problems. */
    public ScenarioFile read(String sourceName, String text) throws ScenarioFileException {
        ReadContext context = new ReadContext(sourceName);
        return finish(sourceName, trees.parse(text, context.problems()), context);
    }

    /** Reads a stream to its end (at most the file size limit); the caller closes it. */
    public ScenarioFile read(String sourceName, InputStream in) throws ScenarioFileException {
        ReadContext context = new ReadContext(sourceName);
        return finish(sourceName, trees.read(in, context.problems()), context);
    }

    /** Maps a tree already read (an edited copy, say); positions in problems are the tree's own. */
    ScenarioFile read(String sourceName, JsonNode tree) throws ScenarioFileException {
        ReadContext context = new ReadContext(sourceName);
        return finish(sourceName, Optional.of(tree), context);
    }

    private static ScenarioFile finish(String source, Optional<JsonNode> tree, ReadContext context)
            throws ScenarioFileException {
        tree.ifPresent(t -> TerminalSafeText.check(t, context.problems()));
        Optional<Scenario> scenario = tree.isEmpty() ? Optional.empty()
                : ScenarioMapper.map(ObjectView.root(tree, context.problems()), context);
        LessonTextCheck.check(tree, context);
        DecimalMemoryUnits.check(tree, context);
        context.problems().throwIfAny();
        return new ScenarioFile(source, tree.orElseThrow(), scenario.orElseThrow(), context.warnings().sorted());
    }
}
