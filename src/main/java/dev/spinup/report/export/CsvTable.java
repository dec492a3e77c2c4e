package dev.spinup.report.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Tidy data for CSV export: named columns, one row per observation, one value per cell. */
public record CsvTable(List<String> columns, List<List<CsvCell>> rows) {

    public CsvTable {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        Set<String> seen = new HashSet<>();
        for (String column : columns) {
            if (column.isBlank() || !seen.add(column)) {
                throw new IllegalArgumentException("column names must be non-blank and distinct: " + columns);
            }
        }
        List<List<CsvCell>> copied = new ArrayList<>(rows.size());
        for (List<CsvCell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row " + (copied.size() + 1) + " has " + row.size()
                        + " cells but the table has " + columns.size() + " columns " + columns);
            }
            copied.add(List.copyOf(row));
        }
        rows = List.copyOf(copied);
    }

    public static Builder builder(String... columns) {
        return new Builder(List.of(columns));
    }

    /** Collects rows of plain Java values (see {@link CsvCell#of(Object)}). */
    public static final class Builder {
        private final List<String> columns;
        private final List<List<CsvCell>> rows = new ArrayList<>();

        private Builder(List<String> columns) {
            this.columns = columns;
        }

        public Builder row(Object... values) {
            rows.add(Arrays.stream(values).map(CsvCell::of).toList());
            return this;
        }

        public CsvTable build() {
            return new CsvTable(columns, rows);
        }
    }
}
