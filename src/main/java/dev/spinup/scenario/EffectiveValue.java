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
 */
public record EffectiveValue(String path, String value, Source source) {

    public EffectiveValue {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }

    /** How firm the value is, as calibration.md tags it: "[P]", "[D]", "[S]", "[E]" or "[L]". */
    public String tag() {
        return source.evidence().tag();
    }

    @Override
    public String toString() {
        return path + " = " + value + "  " + tag() + " " + source.key();
    }
}
