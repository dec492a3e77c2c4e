package dev.spinup.scenario;

import dev.spinup.scenario.json.ArrayNode;
import dev.spinup.scenario.json.JsonNode;
import dev.spinup.scenario.json.ObjectNode;
import dev.spinup.scenario.json.SourcePosition;
import dev.spinup.scenario.json.StringNode;
import dev.spinup.scenario.text.TextIssue;
import dev.spinup.scenario.text.TextTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the lesson's texts against the figures a run computes: in the text shown after the run ({@code notice}),
 * every placeholder must name a known figure of a stack of this file (an error otherwise) and numbers typed by
 * hand are flagged (a warning); the texts shown before the run cannot have placeholders, there is no run yet.
 */
final class LessonTextCheck {

    private static final List<String> BEFORE_THE_RUN = List.of("title", "description", "predict");
    /** Texts shown after the run: they may, and should, name computed figures. */
    private static final List<String> AFTER_THE_RUN = List.of("notice", "answer");

    private LessonTextCheck() {
    }

    static void check(Optional<JsonNode> root, ReadContext context) {
        if (root.isEmpty() || !(root.get() instanceof ObjectNode document)) {
            return;
        }
        KnownNames known = KnownNames.stackIds(document.get("stacks"));
        List<String> stackIds = known.names();
        if (!(document.get("lesson").orElse(null) instanceof ObjectNode lesson)) {
            return;
        }
        // A stack whose id failed to read may be the one a figure names; that id's problem was reported already.
        for (String key : AFTER_THE_RUN) {
            if (known.complete() && lesson.get(key).orElse(null) instanceof StringNode text) {
                report(text, TextTemplate.parse(text.value(), stackIds, true), context);
            }
        }
        for (String key : BEFORE_THE_RUN) {
            if (lesson.get(key).orElse(null) instanceof StringNode text) {
                beforeTheRun(text, stackIds, context);
            }
        }
        for (String key : List.of("goals", "choices")) {
            if (lesson.get(key).orElse(null) instanceof ArrayNode items) {
                for (JsonNode item : items.elements()) {
                    if (item instanceof StringNode text) {
                        beforeTheRun(text, stackIds, context);
                    }
                }
            }
        }
    }

    private static void beforeTheRun(StringNode text, List<String> stackIds, ReadContext context) {
        TextTemplate template = TextTemplate.parse(text.value(), stackIds, false);
        if (!template.placeholders().isEmpty()) {
            context.problems().add(at(text, template.placeholders().get(0).offset()), text.path(),
                    "this text is shown before the run, so it cannot show computed figures; move `{…}` to"
                            + " `notice`, or write `{{` for a brace");
        }
    }

    private static void report(StringNode text, TextTemplate template, ReadContext context) {
        for (TextIssue issue : template.issues()) {
            (issue.error() ? context.problems() : context.warnings())
                    .add(at(text, issue.offset()), text.path(), issue.message());
        }
    }

    /**
     * Where a character of the string is in the file: exact when nothing before it needed escaping in JSON,
     * otherwise the string's own position.
     */
    private static SourcePosition at(StringNode text, int offset) {
        String before = text.value().substring(0, Math.min(offset, text.value().length()));
        boolean plain = before.chars().allMatch(c -> c >= 0x20 && c != '"' && c != '\\' && c < 0x7f);
        SourcePosition start = text.position();
        return plain && start.line() > 0 ? new SourcePosition(start.line(), start.column() + 1 + offset) : start;
    }
}
