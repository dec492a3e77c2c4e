package dev.spinup.scenario;

import dev.spinup.model.stack.StackSpec;
import java.util.Objects;

/** One stack the lesson compares, with the id the file uses to refer to it. */
public record StackChoice(String id, StackSpec spec) {

    public StackChoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(spec, "spec");
    }

    public String label() {
        return spec.label();
    }
}
