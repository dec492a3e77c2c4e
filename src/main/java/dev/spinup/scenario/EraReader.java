package dev.spinup.scenario;

import dev.spinup.scenario.json.ObjectView;
import dev.spinup.scenario.json.Quote;
import java.util.List;
import java.util.function.Function;
import java.util.Optional;

/**
 * Reads a stack's {@code era}: which version of a profile's measurements to use ({@code "2021"} for EC2,
 * {@code "1.12"} for Docker). Absent means the current one, which {@code known} lists first.
 */
final class EraReader {

    private EraReader() {
    }

    /**
     * The profile in the era asked for ({@code find} looks it up by version or year); an unknown era is a problem
     * naming the {@code known} ones. Empty when the file names no era, or a wrong one.
     */
    static <T> Optional<T> read(ObjectView v, String profile, List<String> known, Function<String, Optional<T>> find) {
        if (!v.has("era")) {
            return Optional.empty();
        }
        Optional<String> era = v.optionalString("era");
        Optional<T> found = era.flatMap(find);
        if (era.isPresent() && found.isEmpty()) {
            v.problem("era", Quote.name(era.get()) + " is not an era of " + Quote.name(profile) + "; "
                    + (known.size() == 1 ? "it has only " + known.get(0) + ", the current one"
                    : "its eras are " + known.get(0) + " (the default) and "
                            + String.join(", ", known.subList(1, known.size()))));
        }
        return found;
    }
}
