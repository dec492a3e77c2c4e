package dev.spinup.scenario;

import dev.spinup.model.catalogue.Source;
import java.util.Objects;

/**
 * One number a scenario runs with, where it sits and where it comes from, printed as
 * {@code stacks[0].hypervisor.vmmOverhead = 131 MB  [D] vmm-memory-overhead}.
 *
 * @param path   where the value sits, written like a path in the file ({@code hardware.hosts[0].memory})
 * @param value  the value as a person writes it ({@code "131 MB"}, {@code "612.3 ms"}, {@code "4"})
 * @param source the published figure or estimate it comes from, or {@link Source#LESSON_SETTING}
 * @param note   what the model says about the value as set, one line, empty when nothing ("3.1 % of draws
 *               exceed the 1.1 GiB the RAM leaves and are capped")
 */
public record EffectiveValue(String path, String value, Source source, String note) {

    public EffectiveValue {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
        if (note.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a note is one line: " + note);
        }
    }

    /** A value the model has nothing to say about. */
    public EffectiveValue(String path, String value, Source source) {
        this(path, value, source, "");
    }

    /** The same value with the model's note beside it. */
    public EffectiveValue withNote(String text) {
        return new EffectiveValue(path, value, source, text);
    }

    /** The note as printed after the source ("  ⚠ 3.1 % of draws exceed …"), empty when there is none. */
    public String flag() {
        return note.isEmpty() ? "" : "  ⚠ " + note;
    }

    /** How firm the value is, as calibration.md tags it: "[P]", "[D]", "[S]", "[E]" or "[L]". */
    public String tag() {
        return source.evidence().tag();
    }

    @Override
    public String toString() {
        return path + " = " + value + "  " + tag() + " " + source.key() + flag();
    }
}
