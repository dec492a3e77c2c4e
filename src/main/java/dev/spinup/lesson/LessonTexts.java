package dev.spinup.lesson;

import dev.spinup.run.ArmResult;
import dev.spinup.run.RunResult;
import dev.spinup.scenario.Scenario;
import dev.spinup.scenario.text.TextPart;
import dev.spinup.scenario.text.TextTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Lesson texts with their figures filled in from a run: {@code "The VM needs {vm.startup}."} becomes
 * {@code "The VM needs 15.8 s."}. The command line and the app both show texts through this class, so they read
 * the same numbers as the table and the charts ({@link Figures}).
 */
public final class LessonTexts {

    private LessonTexts() {
    }

    /** One placeholder as rendered: what was written, its value, and where it starts in the rendered text. */
    public record RenderedFigure(String placeholder, Quantity value, int renderedOffset) {
        public RenderedFigure {
            Objects.requireNonNull(placeholder, "placeholder");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A rendered text and the figures in it, in order (for highlighting and for tests). */
    public record Rendered(String text, List<RenderedFigure> figures) {
        public Rendered {
            Objects.requireNonNull(text, "text");
            figures = List.copyOf(figures);
        }
    }

    /** {@code template} with every placeholder replaced by its value in {@code result}. */
    public static String render(String template, RunResult result) {
        return renderWithFigures(template, result).text();
    }

    /** The lesson's text shown after the run ({@code notice}), rendered; empty when it has none. */
    public static String notice(RunResult result) {
        return render(result.scenario().lesson().notice(), result);
    }

    /** The predict question's answer as this run gives it, rendered; empty when the lesson has none. */
    public static String answer(RunResult result) {
        return render(result.scenario().lesson().answer(), result);
    }

    public static Rendered renderWithFigures(String template, RunResult result) {
        TextTemplate parsed = TextTemplate.parse(template, stackIds(result.scenario()), false);
        Figures figures = Figures.of(result);
        StringBuilder text = new StringBuilder();
        List<RenderedFigure> rendered = new ArrayList<>();
        for (TextPart part : parsed.parts()) {
            if (part instanceof TextPart.Literal literal) {
                text.append(literal.text());
            } else {
                TextPart.Placeholder placeholder = (TextPart.Placeholder) part;
                Quantity value = figures.evaluate(placeholder.expression());
                rendered.add(new RenderedFigure(placeholder.expression().toString(), value, text.length()));
                text.append(value.format());
            }
        }
        // The reader refuses unknown placeholders; a template built in code that has one shows it as written.
        if (!parsed.renderable()) {
            return new Rendered(template, List.of());
        }
        return new Rendered(text.toString(), rendered);
    }

    static List<String> stackIds(Scenario scenario) {
        return scenario.stacks().stream().map(s -> s.id()).toList();
    }

    /** The stacks' ids of a run, in order; what {@code stack.} may name in a template. */
    public static List<String> stackIds(RunResult result) {
        return result.arms().stream().map(ArmResult::stack).map(s -> s.id()).toList();
    }
}
