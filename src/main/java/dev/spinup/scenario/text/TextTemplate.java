package dev.spinup.scenario.text;

import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.stack.ResourceClass;
import dev.spinup.model.startup.PhaseKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A lesson text with its computed figures named in braces ({@code "The VM needs {vm.startup}."}), parsed once:
 * words and placeholders in order, plus what is wrong with it. Rendering with a run's numbers is
 * {@code dev.spinup.lesson.LessonTexts}; this class only knows the grammar and the names.
 */
public record TextTemplate(String source, List<TextPart> parts, List<TextIssue> issues) {

    private static final Pattern REF = Pattern.compile("[A-Za-z0-9_.-]+");

    public TextTemplate {
        Objects.requireNonNull(source, "source");
        parts = List.copyOf(parts);
        issues = List.copyOf(issues);
    }

    /** True when every placeholder is known (hand-typed numbers are only warnings). */
    public boolean renderable() {
        return issues.stream().noneMatch(TextIssue::error);
    }

    /** Every placeholder of the text, in order. */
    public List<TextPart.Placeholder> placeholders() {
        return parts.stream().filter(TextPart.Placeholder.class::isInstance).map(TextPart.Placeholder.class::cast)
                .toList();
    }

    /**
     * Parses {@code text} against the scenario's stack ids. {@code checkHandTyped} is true for texts shown after
     * the run, whose numbers must come from it.
     */
    public static TextTemplate parse(String text, List<String> stackIds, boolean checkHandTyped) {
        List<TextPart> parts = new ArrayList<>();
        List<TextIssue> issues = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int literalStart = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (c == '{') {
                int end = text.indexOf('}', i + 1);
                if (end < 0) {
                    issues.add(new TextIssue(i, true, "`{` opens a placeholder that is never closed with `}`"
                            + " (write `{{` for a brace)"));
                    literal.append(text, i, text.length());
                    break;
                }
                flush(literal, literalStart, parts, issues, checkHandTyped);
                Optional<Expression> expression = expression(text.substring(i + 1, end).strip(), stackIds, i,
                        issues);
                if (expression.isPresent()) {
                    parts.add(new TextPart.Placeholder(expression.get(), i));
                }
                i = end + 1;
                literalStart = i;
            } else if (c == '}') {
                issues.add(new TextIssue(i, true, "`}` closes no placeholder (write `}}` for a brace)"));
                literal.append(c);
                i++;
            } else {
                literal.append(c);
                i++;
            }
        }
        flush(literal, literalStart, parts, issues, checkHandTyped);
        issues.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        return new TextTemplate(text, parts, issues);
    }

    private static void flush(StringBuilder literal, int start, List<TextPart> parts, List<TextIssue> issues,
                              boolean checkHandTyped) {
        if (literal.isEmpty()) {
            return;
        }
        if (checkHandTyped) {
            for (HandTypedFigures.Found found : HandTypedFigures.find(literal.toString())) {
                issues.add(new TextIssue(start + found.offset(), false, "`" + found.text() + "` is a " + found.what()
                        + " typed by hand in a text shown after the run; name the computed figure instead, e.g. "
                        + found.suggestion() + " (see docs/scenario-format.md, \"Figures in texts\")"));
            }
        }
        parts.add(new TextPart.Literal(literal.toString()));
        literal.setLength(0);
    }

    private static Optional<Expression> expression(String inside, List<String> stackIds, int offset,
                                                   List<TextIssue> issues) {
        String[] tokens = inside.split("\\s+");
        if (tokens.length == 1) {
            return figure(tokens[0], stackIds, offset, issues).map(Expression.Single::new);
        }
        boolean percent = tokens.length == 4 && tokens[3].equals("%");
        if ((tokens.length == 3 || percent) && Set.of("/", "-", "vs").contains(tokens[1])
                && (!percent || tokens[1].equals("/"))) {
            Optional<Figure> a = figure(tokens[0], stackIds, offset, issues);
            Optional<Figure> b = figure(tokens[2], stackIds, offset, issues);
            if (a.isEmpty() || b.isEmpty()) {
                return Optional.empty();
            }
            QuantityKind qa = a.get().kind().quantity();
            QuantityKind qb = b.get().kind().quantity();
            if (qa != qb && !(tokens[1].equals("/") && qb == QuantityKind.COUNT)) {
                issues.add(new TextIssue(offset, true, "`{" + inside + "}` sets a " + describe(qa) + " against a "
                        + describe(qb) + "; both sides must be the same kind of figure"));
                return Optional.empty();
            }
            return Optional.of(switch (tokens[1]) {
                case "/" -> new Expression.Ratio(a.get(), b.get(), percent);
                case "-" -> new Expression.Difference(a.get(), b.get());
                default -> new Expression.Change(a.get(), b.get());
            });
        }
        issues.add(new TextIssue(offset, true, "`{" + inside + "}` is not a placeholder: write {stack.figure},"
                + " {a / b}, {a / b %}, {a - b} or {a vs b}"));
        return Optional.empty();
    }

    private static String describe(QuantityKind kind) {
        return switch (kind) {
            case DURATION -> "duration";
            case SIZE -> "size";
            case COUNT -> "count";
            case RATIO -> "ratio";
            case PERCENT -> "percentage";
        };
    }

    private static Optional<Figure> figure(String ref, List<String> stackIds, int offset, List<TextIssue> issues) {
        if (!REF.matcher(ref).matches()) {
            issues.add(new TextIssue(offset, true, "`" + ref + "` is not a figure's name"));
            return Optional.empty();
        }
        Optional<FigureKind> global = FigureKind.of(ref, false).filter(k -> !k.perStack());
        if (global.isPresent()) {
            return Optional.of(new Figure(Optional.empty(), global.get(), Optional.empty()));
        }
        String[] segments = ref.split("\\.", -1);
        Optional<String> stack;
        int first;
        if (segments.length > 1 && stackIds.contains(segments[0])) {
            stack = Optional.of(segments[0]);
            first = 1;
        } else if (stackIds.size() == 1) {
            stack = Optional.empty();
            first = 0;
        } else if (stackIds.isEmpty()) {
            // A scenario without (readable) stacks: that problem is reported where the stacks are.
            issues.add(new TextIssue(offset, true, "`" + ref + "` names a stack's figure, and this scenario has"
                    + " no stacks"));
            return Optional.empty();
        } else {
            issues.add(new TextIssue(offset, true, "`" + ref + "` names no stack of this scenario; write one of "
                    + stackIds.stream().map(s -> s + ".").collect(Collectors.joining(", ")) + " before the figure"
                    + " (e.g. " + stackIds.get(0) + ".startup)"));
            return Optional.empty();
        }
        String key = segments[first];
        Optional<String> argument = segments.length > first + 1
                ? Optional.of(String.join(".", Arrays.copyOfRange(segments, first + 1, segments.length)))
                : Optional.empty();
        Optional<FigureKind> kind = FigureKind.of(key, argument.isPresent()).filter(FigureKind::perStack);
        if (kind.isEmpty()) {
            issues.add(new TextIssue(offset, true, "`" + ref + "`: `" + key + (argument.isPresent() ? ".…" : "")
                    + "` is not a figure; known figures: " + knownFigures()));
            return Optional.empty();
        }
        if (argument.isPresent() && !validArgument(kind.get(), argument.get())) {
            issues.add(new TextIssue(offset, true, "`" + ref + "`: `" + argument.get() + "` is not a "
                    + argumentWhat(kind.get()) + "; one of " + argumentChoices(kind.get())));
            return Optional.empty();
        }
        return Optional.of(new Figure(stack, kind.get(), argument));
    }

    private static boolean validArgument(FigureKind kind, String argument) {
        return switch (kind.argument()) {
            case NONE -> false;
            case PHASE -> Arrays.stream(PhaseKind.values()).anyMatch(p -> FigureKind.kebab(p).equals(argument));
            case MEMORY -> Arrays.stream(MemoryComponent.values())
                    .anyMatch(m -> FigureKind.kebab(m).equals(argument));
            case RESOURCE -> Arrays.stream(ResourceClass.values()).anyMatch(r -> FigureKind.kebab(r).equals(argument));
            case NUMBER -> argument.matches("[1-9][0-9]{0,3}");
        };
    }

    private static String argumentWhat(FigureKind kind) {
        return switch (kind.argument()) {
            case PHASE -> "phase";
            case MEMORY -> "memory component";
            case RESOURCE -> "resource class";
            default -> "position (1, 2, …)";
        };
    }

    private static String argumentChoices(FigureKind kind) {
        return switch (kind.argument()) {
            case PHASE -> Arrays.stream(PhaseKind.values()).map(FigureKind::kebab).collect(Collectors.joining(", "));
            case MEMORY -> Arrays.stream(MemoryComponent.values()).map(FigureKind::kebab)
                    .collect(Collectors.joining(", "));
            case RESOURCE -> Arrays.stream(ResourceClass.values()).map(FigureKind::kebab)
                    .collect(Collectors.joining(", "));
            default -> "1, 2, 3, …";
        };
    }

    private static String knownFigures() {
        return Arrays.stream(FigureKind.values()).filter(FigureKind::perStack)
                .map(k -> k.key() + (k.argument() == FigureKind.Argument.NONE ? "" : ".…")).distinct()
                .collect(Collectors.joining(", "));
    }
}
