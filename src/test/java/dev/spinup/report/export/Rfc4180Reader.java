package dev.spinup.report.export;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader written for the tests, independent of CsvWriter, to read exports back. */
public final class Rfc4180Reader {

    private Rfc4180Reader() {
    }

    public static List<List<String>> read(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean fieldStarted = false;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (!fieldStarted && c == '"') {
                i++;
                while (true) {
                    if (i >= csv.length()) {
                        throw new IllegalArgumentException("unterminated quoted field");
                    }
                    char q = csv.charAt(i);
                    if (q == '"') {
                        if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.append(q);
                    i++;
                }
                fieldStarted = true;
                if (i < csv.length() && csv.charAt(i) != ',' && csv.charAt(i) != '\n') {
                    throw new IllegalArgumentException("text after a closing quote at " + i);
                }
                continue;
            }
            if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\n') {
                record.add(field.toString());
                records.add(record);
                record = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '"' || c == '\r') {
                throw new IllegalArgumentException("bare " + (c == '"' ? "quote" : "CR") + " in a field at " + i);
            } else {
                field.append(c);
                fieldStarted = true;
            }
            i++;
        }
        if (fieldStarted || !record.isEmpty()) {
            throw new IllegalArgumentException("the last record does not end with a line break");
        }
        return records;
    }
}
