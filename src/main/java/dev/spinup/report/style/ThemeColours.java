package dev.spinup.report.style;

import java.awt.Color;
import java.util.Objects;

/** The neutral colours of a theme: everything that is not a data series. */
public record ThemeColours(Color background, Color plotBackground, Color text, Color mutedText, Color gridline,
        Color outline) {

    public ThemeColours {
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(plotBackground, "plotBackground");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mutedText, "mutedText");
        Objects.requireNonNull(gridline, "gridline");
        Objects.requireNonNull(outline, "outline");
    }
}
