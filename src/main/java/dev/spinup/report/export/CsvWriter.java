package dev.spinup.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a {@link CsvTable} as RFC 4180 CSV in UTF-8 with '\n' line endings. Fields are quoted only when they
 * hold a comma, quote, line break or edge whitespace; text that would run as a spreadsheet formula is
 * neutralised ({@link #cellText}). Same table, same bytes, in any locale.
 */
public final class CsvWriter {

    private CsvWriter() {
    }

    public static String toCsv(CsvTable table) {
        StringBuilder out = new StringBuilder();
        appendRecord(out, table.columns());
        for (List<CsvCell> row : table.rows()) {
            appendRecord(out, row.stream().map(CsvWriter::cellText).toList());
        }
        return out.toString();
    }

    /**
     * A cell's text, with text that a spreadsheet would run as a formula (starting with '=', '+', '-', '@', tab or
     * carriage return, OWASP's list) prefixed with an apostrophe so it shows as the text it is. Numbers are never
     * text cells, so "-1.5" stays a number.
     */
    static String cellText(CsvCell cell) {
        String text = cell.text();
        return cell instanceof CsvCell.Text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
                ? "'" + text : text;
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
