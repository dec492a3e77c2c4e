package dev.spinup.report;

import dev.spinup.lesson.Figures;
import dev.spinup.report.export.CsvTable;
import dev.spinup.run.RunResult;
import java.util.Locale;

/**
 * Every named figure of the run shown, as {@code figures.csv}: the name a lesson text uses ({@code vm.startup}),
 * what it means, its value in base units (nanoseconds, bytes, a count or a fraction) and as the texts print it.
 * The texts, the terminal table and this file read the same {@link Figures}.
 */
public final class FigureTable {

    public static final String FILE_NAME = "figures";

    private FigureTable() {
    }

    public static CsvTable of(RunResult result) {
        CsvTable.Builder csv = CsvTable.builder("figure", "stack_id", "meaning", "kind", "value", "shown");
        for (Figures.Named named : Figures.of(result).all()) {
            csv.row(named.figure().name(), named.figure().stack().orElse(""), named.figure().kind().meaning(),
                    named.value().kind().name().toLowerCase(Locale.ROOT),
                    named.value().defined() ? named.value().value() : "", named.value().format());
        }
        return csv.build();
    }
}
