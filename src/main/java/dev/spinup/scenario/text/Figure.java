package dev.spinup.scenario.text;

import java.util.Objects;
import java.util.Optional;

/**
 * One named figure as a text writes it: {@code vm.startup}, {@code container.phase.engine-api},
 * {@code host.cores}.
 *
 * @param stack    the stack's id; empty for the scenario's own inputs, or when the scenario has one stack
 * @param kind     which figure
 * @param argument the phase, memory component or position after the figure's name ({@code init},
 *                 {@code vmm-overhead}, {@code 2}); empty when the figure takes none
 */
public record Figure(Optional<String> stack, FigureKind kind, Optional<String> argument) {

    public Figure {
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(argument, "argument");
    }

    /** As written in a text, without braces. */
    public String name() {
        return stack.map(s -> s + ".").orElse("") + kind.key() + argument.map(a -> "." + a).orElse("");
    }

    @Override
    public String toString() {
        return name();
    }
}
