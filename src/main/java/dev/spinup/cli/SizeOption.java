package dev.spinup.cli;

import dev.spinup.report.export.ExportSize;
import picocli.CommandLine;

/** Reads "1920x1080" into an export size. */
final class SizeOption implements CommandLine.ITypeConverter<ExportSize> {

    @Override
    public ExportSize convert(String value) {
        String[] parts = value.toLowerCase(java.util.Locale.ROOT).split("x");
        if (parts.length != 2) {
            throw new CommandLine.TypeConversionException("a size looks like 1920x1080, not '" + value + "'");
        }
        try {
            return new ExportSize(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("a size looks like 1920x1080, not '" + value + "'");
        }
    }
}
