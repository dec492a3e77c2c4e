package dev.spinup.report.style;

import java.awt.Color;
import java.awt.Paint;
import java.util.Optional;

/** The report's colours: the eight Okabe–Ito colour-blind-safe colours plus a neutral grey. */
public enum Swatch {
    ORANGE(0xE69F00),
    SKY_BLUE(0x56B4E9),
    BLUISH_GREEN(0x009E73),
    YELLOW(0xF0E442),
    BLUE(0x0072B2),
    VERMILLION(0xD55E00),
    REDDISH_PURPLE(0xCC79A7),
    BLACK(0x000000),
    GREY(0x999999);

    private final Color colour;

    Swatch(int rgb) {
        this.colour = new Color(rgb);
    }

    public Color colour() {
        return colour;
    }

    /** The swatch whose colour equals this paint (alpha included), if the paint is one of ours. */
    public static Optional<Swatch> of(Paint paint) {
        for (Swatch swatch : values()) {
            if (swatch.colour.equals(paint)) {
                return Optional.of(swatch);
            }
        }
        return Optional.empty();
    }
}
