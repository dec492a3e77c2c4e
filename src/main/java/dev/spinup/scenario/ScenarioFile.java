package dev.spinup.scenario;

import dev.spinup.scenario.json.AtomicTextFile;
import dev.spinup.scenario.json.JsonNode;
import dev.spinup.scenario.json.JsonPrinter;
import dev.spinup.scenario.json.ObjectView;
import dev.spinup.scenario.json.Problem;
import dev.spinup.scenario.json.Problems;
import dev.spinup.scenario.json.ScenarioFileException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A scenario file as read: where it came from, its JSON tree as written (so saving keeps the teacher's keys and
 * order), the {@link Scenario} it describes, and any warnings (things that load, but that a lesson should fix).
 *
 * @param source   how the file is named in messages: its path as given, or a lesson's name
 * @param tree     the document, as written
 * @param scenario what it describes, with every default filled in
 * @param warnings problems that do not stop the scenario from running, in file order
 */
public record ScenarioFile(String source, JsonNode tree, Scenario scenario, List<Problem> warnings) {

    public ScenarioFile {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(scenario, "scenario");
        warnings = List.copyOf(warnings);
    }

    /**
     * A copy with one value changed and read again, for parameter sweeps ({@code workload.instances}) and for the
     * app's editor. {@code jsonPath} is written like {@code workload.instances}, {@code $.stacks[1].memory} or
     * {@code hardware.hosts[0].memory}; objects missing along the way are created. {@code value} is JSON if it
     * reads as JSON ({@code 250}, {@code true}, {@code {"pattern": "ramp", "over": "60 s"}}), and text otherwise
     * ({@code 64 GiB}).
     *
     * @throws ScenarioFileException if the path leads nowhere or the changed scenario has problems
     */
    public ScenarioFile with(String jsonPath, String value) throws ScenarioFileException {
        JsonNode edited = TreeEdit.set(source, tree, jsonPath, value);
        return new ScenarioReader().read(source, edited);
    }

    /**
     * The knobs of the lesson's what-if panel: those its {@code whatIf} section declares (checked when the file was
     * read), or every knob that applies, with ranges around the lesson's values.
     */
    public WhatIf whatIf() {
        Problems ignored = new Problems(source);
        return WhatIfReader.read(ObjectView.root(java.util.Optional.of(tree), ignored).optionalObject("whatIf"),
                scenario);
    }

    /** The file's text as it would be saved: pretty JSON, keys in their order, a final newline. */
    public String text() {
        return JsonPrinter.print(tree);
    }

    /**
     * Saves the scenario to {@code target}: the text goes to a temporary file next to it that is then moved over
     * it in one step, so a failed save leaves the old file as it was.
     */
    public void save(Path target) throws IOException {
        AtomicTextFile.write(target, text());
    }

    /** Every effective number of the scenario with where it comes from, as {@code spinup show} prints them. */
    public List<EffectiveValue> effectiveValues() {
        return EffectiveValues.of(scenario);
    }
}
