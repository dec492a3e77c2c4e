package dev.spinup.scenario.json;

import java.util.Objects;

/**
 * One thing wrong with a scenario file, printed as one compiler-style line:
 * {@code lesson.json:12:5: $.workload.instnaces: `instnaces` is not a field of `workload`; did you mean `instances`?}
 *
 * @param source   how the file is shown to the user, usually its path as given
 * @param position where in the file
 * @param path     which value
 * @param message  plain words, one line, no stack trace and no library jargon
 */
public record Problem(String source, SourcePosition position, JsonPath path, String message) {

    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        if (message.indexOf('\n') >= 0 || message.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a problem message must be one line: " + message);
        }
    }

    @Override
    public String toString() {
        return source + ":" + position + ": " + path + ": " + message;
    }
}
