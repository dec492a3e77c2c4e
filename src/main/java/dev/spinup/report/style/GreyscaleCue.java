package dev.spinup.report.style;

import java.awt.Paint;

/**
 * What tells a series apart when colour is gone (greyscale print, colour blindness): a dash, a marker, a hatch.
 * The cue follows the series' palette colour, so a stack keeps the same dash in every chart as it keeps its colour.
 */
public record GreyscaleCue(DashPattern dash, MarkerShape marker, HatchPattern hatch) {

    /** How many distinct cues there are; as many as palette swatches. */
    public static final int COUNT = Swatch.values().length;

    /** The cue for a series painted with this paint, falling back to its index when the paint is not a swatch. */
    public static GreyscaleCue forSeries(Paint paint, int seriesIndex) {
        int index = Swatch.of(paint).map(Swatch::ordinal).orElse(Math.floorMod(seriesIndex, COUNT));
        return forIndex(index);
    }

    public static GreyscaleCue forSwatch(Swatch swatch) {
        return forIndex(swatch.ordinal());
    }

    private static GreyscaleCue forIndex(int index) {
        return new GreyscaleCue(DashPattern.values()[index], MarkerShape.values()[index],
                HatchPattern.values()[index]);
    }
}
