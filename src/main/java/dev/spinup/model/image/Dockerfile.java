package dev.spinup.model.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A build recipe: {@code FROM base} and the steps after it, in order. */
public record Dockerfile(Image base, List<BuildStep> steps) {

    public Dockerfile {
        Objects.requireNonNull(base, "base");
        steps = List.copyOf(steps);
    }

    public static Dockerfile from(Image base, BuildStep... steps) {
        return new Dockerfile(base, List.of(steps));
    }

    /** This recipe with step {@code index} (0-based) replaced, e.g. a COPY whose sources were edited. */
    public Dockerfile withStep(int index, BuildStep step) {
        List<BuildStep> changed = new ArrayList<>(steps);
        changed.set(index, step);
        return new Dockerfile(base, changed);
    }
}
