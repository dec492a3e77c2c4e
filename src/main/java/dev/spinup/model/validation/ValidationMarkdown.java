package dev.spinup.model.validation;

import java.util.List;
import java.util.Locale;

/** Renders validation rows as a markdown table, numbers to three significant figures or so. */
final class ValidationMarkdown {

    private ValidationMarkdown() {
    }

    static String table(List<ValidationRow> rows) {
        StringBuilder out = new StringBuilder(
                "| quantity | model | published | error | accepted | source | within? |\n|---|---:|---|---:|---|---|---|\n");
        for (ValidationRow row : rows) {
            out.append("| ").append(cell(row.quantity()))
                    .append(" | ").append(number(row.model())).append(' ').append(row.unit())
                    .append(" | ").append(cell(row.published()))
                    .append(" | ").append(error(row.accepted(), row.model()))
                    .append(" | ").append(band(row.accepted(), row.unit()))
                    .append(" | `").append(row.source().key()).append("` ").append(row.source().evidence().tag())
                    .append(" | ").append(row.within() ? "yes" : "**no**")
                    .append(" |\n");
        }
        return out.toString();
    }

    /** The relative error in per cent, signed; "in range" for a value inside a quoted range. */
    private static String error(Band band, double model) {
        double error = band.error(model);
        if (band.range() && error == 0) {
            return "in range";
        }
        return String.format(Locale.ROOT, "%+.1f %%", error * 100);
    }

    private static String band(Band band, String unit) {
        if (band.low() == band.high()) {
            return "exactly " + number(band.low()) + " " + unit;
        }
        return number(band.low()) + "–" + number(band.high()) + " " + unit;
    }

    /** Whole numbers as they are; otherwise one decimal from 10 up, two below. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 100 ? "%,.0f" : magnitude >= 10 ? "%.1f" : "%.2f";
        return String.format(Locale.ROOT, pattern, value);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace('\n', ' ');
    }
}
