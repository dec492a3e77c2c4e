package dev.spinup.scenario.text;

import java.util.Objects;

/** A piece of a lesson text: words as written, or a placeholder whose number comes from the run. */
public sealed interface TextPart {

    /** Words shown as written ({@code {{} and {@code }}} already turned into single braces). */
    record Literal(String text) implements TextPart {
        public Literal {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A computed number: what it computes, and where in the text it was written. */
    record Placeholder(Expression expression, int offset) implements TextPart {
        public Placeholder {
            Objects.requireNonNull(expression, "expression");
        }
    }
}
