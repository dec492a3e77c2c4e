package dev.spinup.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a {@link CsvTable} as RFC 4180 CSV in UTF-8 with '\n' line endings. Fields are quoted only when they
 * hold a comma, quote, line break or edge whitespace. Same table, same bytes, in any locale.
 */
public final class CsvWriter {

    private CsvWriter() {
    }

    public static String toCsv(CsvTable table) {
        StringBuilder out = new StringBuilder();
        appendRecord(out, table.columns());
        for (List<CsvCell> row : table.rows()) {
            appendRecord(out, row.stream().map(CsvCell::text).toList());
        }
        return out.toString();
    }

    public static void write(CsvTable table, OutputStream out) throws IOException {
        out.write(toCsv(table).getBytes(StandardCharsets.UTF_8));
    }

    private static void appendRecord(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            appendField(out, fields.get(i));
        }
        out.append('\n');
    }

    private static void appendField(StringBuilder out, String field) {
        boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0 || (!field.isEmpty() && (Character.isWhitespace(field.charAt(0))
                        || Character.isWhitespace(field.charAt(field.length() - 1))));
        if (quote) {
            out.append('"').append(field.replace("\"", "\"\"")).append('"');
        } else {
            out.append(field);
        }
    }
}
