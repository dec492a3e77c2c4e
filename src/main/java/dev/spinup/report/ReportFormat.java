package dev.spinup.report;

import dev.spinup.report.export.ExportFormat;
import java.util.Optional;

/** The files a report can hold for each chart: pictures in three formats, and the table behind it. */
public enum ReportFormat {
    PNG,
    SVG,
    PDF,
    CSV;

    /** The picture format, with the PNG at {@code pngScale}; empty for the CSV table. */
    Optional<ExportFormat> picture(double pngScale) {
        return switch (this) {
            case PNG -> Optional.of(ExportFormat.png(pngScale));
            case SVG -> Optional.of(ExportFormat.svg());
            case PDF -> Optional.of(ExportFormat.pdf());
            case CSV -> Optional.empty();
        };
    }
}
