package dev.spinup.app.player;

import dev.spinup.run.RunOptions;
import dev.spinup.run.RunResult;
import dev.spinup.run.Runner;
import dev.spinup.run.task.TaskContext;
import dev.spinup.scenario.ScenarioFile;
import dev.spinup.scenario.StackChoice;
import dev.spinup.scenario.WhatIf;
import dev.spinup.scenario.WhatIfKnob;
import dev.spinup.scenario.json.JsonPrinter;
import dev.spinup.scenario.json.ObjectNode;
import dev.spinup.scenario.json.ArrayNode;
import dev.spinup.scenario.json.ScenarioFileException;
import java.util.List;
import java.util.function.Function;

/**
 * Runs two versions of one stack as two columns: the stack as shown, and the same stack with one knob changed,
 * each alone on the same hardware with the same workload, timeline and seed, so both draw the same random
 * numbers (every instance has its own substream) and the difference is the knob alone.
 */
final class ComparedRun {

    private static final int MAX_LABEL = 60;

    private final ScenarioFile shown;
    private final WhatIf whatIf;
    private final Function<WhatIfKnob, String> valueNow;

    ComparedRun(ScenarioFile shown, WhatIf whatIf, Function<WhatIfKnob, String> valueNow) {
        this.shown = shown;
        this.whatIf = whatIf;
        this.valueNow = valueNow;
    }

    RunResult run(Comparison comparison, TaskContext context) throws ScenarioFileException {
        WhatIfKnob knob = whatIf.knob(comparison.knobId()).orElseThrow(() ->
                new IllegalArgumentException("no knob " + comparison.knobId()));
        int stack = knob.stackIndex() >= 0 ? knob.stackIndex() : comparison.stackIndex();
        StackChoice choice = shown.scenario().stacks().get(stack);
        String id = choice.id();
        ScenarioFile a = alone(shown, stack, id, label(choice, knob, valueNow.apply(knob)));
        ScenarioFile b = alone(knob.applyTo(shown, comparison.value()), stack, id + "2",
                label(choice, knob, comparison.value()));
        Runner runner = new Runner(RunOptions.DEFAULT);
        RunResult ra = runner.run(a.scenario(), context);
        RunResult rb = runner.run(b.scenario(), context);
        ScenarioFile both = a.with("stacks", "[" + stackText(a) + ",\n" + stackText(b) + "]")
                .with("lesson.notice", "\"Only the " + knob.kind().label() + " differs. The median "
                        + choice.label().replace("\"", "'") + " is ready after {" + id + ".startup} with "
                        + knob.display(valueNow.apply(knob)) + " and after {" + id + "2.startup} with "
                        + knob.display(comparison.value()) + "; the last after {" + id + ".last-ready} and {" + id
                        + "2.last-ready}.\"");
        return new RunResult(both.scenario(), List.of(ra.arms().get(0), rb.arms().get(0)));
    }

    private static String label(StackChoice stack, WhatIfKnob knob, String value) {
        String suffix = " · " + knob.display(value);
        String base = stack.label();
        if (base.length() + suffix.length() > MAX_LABEL) {
            base = base.substring(0, Math.max(1, MAX_LABEL - suffix.length() - 1)) + "…";
        }
        return base + suffix;
    }

    /**
     * The file with only its {@code index}-th stack, renamed; the lesson's notice and answer (which name the other
     * stacks) are left out, so the file still reads.
     */
    private static ScenarioFile alone(ScenarioFile file, int index, String id, String label)
            throws ScenarioFileException {
        ObjectNode stack = (ObjectNode) ((ArrayNode) ((ObjectNode) file.tree()).get("stacks").orElseThrow())
                .elements().get(index);
        if (!file.scenario().lesson().answer().isEmpty()) {
            file = file.with("lesson.answer", "\"\"");
        }
        return file.with("lesson.notice", "\"\"").with("stacks", "[" + JsonPrinter.print(stack).strip() + "]")
                .with("stacks[0].id", "\"" + id + "\"").with("stacks[0].label", "\"" + label.replace("\"", "'")
                        + "\"");
    }

    private static String stackText(ScenarioFile file) {
        return JsonPrinter.print(((ArrayNode) ((ObjectNode) file.tree()).get("stacks").orElseThrow())
                .elements().get(0)).strip();
    }
}
