package dev.spinup.scenario.text;

import java.util.Objects;

/**
 * Something wrong in a lesson text, at a character offset of the text: an unknown placeholder (an error: the
 * text cannot be shown), or a number typed by hand where the run computes one (a warning).
 */
public record TextIssue(int offset, boolean error, String message) {

    public TextIssue {
        Objects.requireNonNull(message, "message");
    }
}
