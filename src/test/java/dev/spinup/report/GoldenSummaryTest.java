package dev.spinup.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spinup.report.export.CsvWriter;
import dev.spinup.run.RunOptions;
import dev.spinup.run.Runner;
import dev.spinup.scenario.Lessons;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The summary figures of a few lessons, committed as expected output: an unintended change anywhere in the engine,
 * model or runner shows up here as a line-by-line diff of the numbers a lecturer would quote. When a change is
 * intended, regenerate and review the diff in version control:
 * {@code mvn -q test -Dtest=GoldenSummaryTest -Dspinup.regenerate=true}.
 */
class GoldenSummaryTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest
    @ValueSource(strings = {"hello", "boot-storm", "microvms", "sandboxes"})
    void summaryMatchesTheCommittedGoldenFile(String lesson) throws Exception {
        var scenario = Lessons.load(lesson).scenario();
        String csv = CsvWriter.toCsv(SummaryTable.of(new Runner(RunOptions.DEFAULT).run(scenario)));
        Path golden = GOLDEN.resolve(lesson + "-summary.csv");
        if (Boolean.getBoolean("spinup.regenerate")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, csv);
        }
        List<String> expected = Files.readAllLines(golden);
        assertEquals(expected, csv.lines().toList(), "summary of " + lesson + " changed; if intended, regenerate"
                + " with -Dspinup.regenerate=true and review the diff");
    }
}
