package dev.spinup.report;

import dev.spinup.report.export.ExportSize;
import dev.spinup.report.style.Theme;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How to write a report: the theme, which files per chart, the logical size of the pictures, and how many device
 * pixels per logical pixel the PNGs get (2 for a HiDPI screen or a crisp slide).
 */
public record ReportOptions(Theme theme, Set<ReportFormat> formats, ExportSize size, double pngScale) {

    public ReportOptions {
        Objects.requireNonNull(theme, "theme");
        formats = Set.copyOf(formats);
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one format");
        }
        Objects.requireNonNull(size, "size");
        if (!(pngScale > 0) || Double.isInfinite(pngScale)) {
            throw new IllegalArgumentException("PNG scale must be positive and finite, not " + pngScale);
        }
    }

    /** Every format, at the size the theme was designed for, PNG at scale 1. */
    public static ReportOptions of(Theme theme) {
        return new ReportOptions(theme, EnumSet.allOf(ReportFormat.class), ExportSize.designedFor(theme), 1);
    }

    public ReportOptions withFormats(Set<ReportFormat> value) {
        return new ReportOptions(theme, value, size, pngScale);
    }

    public ReportOptions withSize(ExportSize value) {
        return new ReportOptions(theme, formats, value, pngScale);
    }

    public ReportOptions withPngScale(double value) {
        return new ReportOptions(theme, formats, size, value);
    }
}
