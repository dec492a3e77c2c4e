package dev.spinup.lesson;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing about a loaded scenario and its run that changes what the numbers mean, as the terminal and the app
 * both print it.
 *
 * @param kind    what it is about
 * @param text    one line, whole in itself (it names the value or the stack it is about)
 * @param path    the JSON path of the value it concerns ({@code $.stacks[0].memory}), when there is one
 * @param stackId the stack (arm) it concerns, when there is one
 */
public record Notice(NoticeKind kind, String text, Optional<String> path, Optional<String> stackId) {

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(stackId, "stackId");
        if (text.isBlank() || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a notice is one line of text: " + text);
        }
    }
}
