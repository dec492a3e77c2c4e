package dev.spinup.scenario.unit;

import java.util.Optional;

/**
 * The outcome of reading a human-written quantity such as {@code "64 GiB"}: the value, or the plain-words reason
 * it could not be read (untrusted text never throws).
 */
public sealed interface ParseResult<T> {

    /** The text was read as {@code value}. */
    record Parsed<T>(T value) implements ParseResult<T> {
    }

    /** The text could not be read; {@code reason} is one line of plain words, e.g. "unknown unit `gigs`". */
    record Failed<T>(String reason) implements ParseResult<T> {
    }

    /** The value, or empty when reading failed. */
    default Optional<T> toOptional() {
        return this instanceof Parsed<T> p ? Optional.of(p.value()) : Optional.empty();
    }
}
