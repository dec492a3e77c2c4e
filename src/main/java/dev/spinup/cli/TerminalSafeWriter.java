package dev.spinup.cli;

import dev.spinup.scenario.json.TerminalSafeText;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * The last guard before the terminal: every character Spinup prints passes through here, and any that could drive
 * the terminal (ESC, CSI, OSC, BEL, backspace, bidirectional overrides; newline, tab and the progress bar's carriage
 * return excepted) is printed as {@code \\uXXXX} instead. Scenario text is refused with such characters already;
 * this also covers file names and anything else that reaches the screen.
 */
final class TerminalSafeWriter extends FilterWriter {

    TerminalSafeWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        if (c == '\r' || Character.isSurrogate((char) c) || !TerminalSafeText.isForbidden(c)) {
            out.write(c);
        } else {
            out.write(String.format("\\u%04X", c));
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(buffer[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(text.charAt(i));
        }
    }
}
