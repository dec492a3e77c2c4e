package dev.spinup.model.catalogue;

import java.util.Objects;
import java.util.function.Function;

/** A default value together with the published figure (or labelled estimate) it was taken from. */
public record Cited<T>(T value, Source source) {

    public Cited {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }

    public static <T> Cited<T> of(T value, Source source) {
        return new Cited<>(value, source);
    }

    /** The same provenance attached to a converted value, e.g. a parsed duration or a scaled size. */
    public <R> Cited<R> map(Function<? super T, ? extends R> mapper) {
        return new Cited<>(mapper.apply(value), source);
    }

    /** True when the value rests on a modelling assumption rather than a published figure. */
    public boolean isEstimate() {
        return source.evidence() == Evidence.ESTIMATE;
    }
}
