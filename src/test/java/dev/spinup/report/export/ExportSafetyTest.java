package dev.spinup.report.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.report.ReportOptions;
import dev.spinup.report.ReportWriter;
import dev.spinup.report.charts.Chart;
import dev.spinup.report.style.Theme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jfree.chart.ui.Drawable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export never writes through links, never changes a file in place, and marks only complete sets complete. */
class ExportSafetyTest {

    @TempDir
    Path dir;

    private static final CsvTable TABLE = CsvTable.builder("a").row(1).build();

    @Test
    void aLinkAtTheTargetNameIsReplacedNotWrittenThrough() throws IOException {
        Path outside = Files.writeString(dir.resolve("victim.txt"), "precious");
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.createSymbolicLink(out.resolve("t.csv"), outside);
        Files.createSymbolicLink(out.resolve("dangling.csv"), dir.resolve("created-through-link"));
        new ExportDirectory(out).write(TABLE, new Slug("t"));
        new ExportDirectory(out).write(TABLE, new Slug("dangling"));
        assertEquals("precious", Files.readString(outside));
        assertFalse(Files.exists(dir.resolve("created-through-link")), "a dangling link is not followed either");
        assertFalse(Files.isSymbolicLink(out.resolve("t.csv")));
        assertEquals("a\n1\n", Files.readString(out.resolve("t.csv")));
    }

    @Test
    void anExportReplacesTheFileInsteadOfRewritingItInPlace() throws IOException {
        // a hard link shares the file's content: a write in place would change both, a rename only the name
        ExportDirectory out = new ExportDirectory(dir);
        Path first = out.write(TABLE, new Slug("t"));
        Path kept = Files.createLink(dir.resolve("kept-copy"), first);
        out.write(CsvTable.builder("a").row(2).build(), new Slug("t"));
        assertEquals("a\n1\n", Files.readString(kept));
        assertEquals("a\n2\n", Files.readString(first));
    }

    @Test
    void theTemporaryFilesNeverFollowAPlantedLink() throws IOException {
        // every possible temporary name cannot be planted, but no link in the folder is ever written through
        Path outside = Files.writeString(dir.resolve("victim.txt"), "precious");
        Path out = Files.createDirectory(dir.resolve("out"));
        for (int i = 0; i < 50; i++) {
            Files.createSymbolicLink(out.resolve(".t.csv." + i + ".part"), outside);
        }
        new ExportDirectory(out).write(TABLE, new Slug("t"));
        assertEquals("precious", Files.readString(outside));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(51, files.count(), "the planted links are left, no temporary stays behind");
        }
    }

    @Test
    void anInterruptedExportLeavesAFolderThatReadsAsIncomplete() throws IOException {
        ReportWriter writer = new ReportWriter(dir);
        ReportOptions csvOnly = ReportOptions.of(Theme.SCREEN).withFormats(java.util.EnumSet.of(
                dev.spinup.report.ReportFormat.CSV, dev.spinup.report.ReportFormat.SVG));
        List<Path> first = writer.write(List.of(chart("first", drawing())), csvOnly);
        assertTrue(ExportManifest.isComplete(dir));
        assertEquals(3, first.size());

        Drawable failing = (g, area) -> {
            throw new IllegalStateException("disk full, say");
        };
        assertThrows(IllegalStateException.class,
                () -> writer.write(List.of(chart("second", drawing()), chart("third", failing)), csvOnly));
        assertFalse(Files.exists(dir.resolve(ExportManifest.FILE_NAME)), "no manifest over a partial set");
        assertFalse(ExportManifest.isComplete(dir));
        assertFalse(Files.exists(dir.resolve("first.svg")), "the previous set's files went with its manifest");
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")));
        }
    }

    @Test
    void aTamperedOrPlantedManifestIsNotTrusted() throws IOException {
        new ReportWriter(dir).write(List.of(chart("one", drawing())), ReportOptions.of(Theme.SCREEN)
                .withFormats(java.util.EnumSet.of(dev.spinup.report.ReportFormat.CSV)));
        Files.writeString(dir.resolve("one.csv"), "changed");
        assertFalse(ExportManifest.isComplete(dir), "a changed file breaks its checksum");

        Path notes = Files.writeString(dir.resolve("notes.txt"), "mine");
        Files.writeString(dir.resolve(ExportManifest.FILE_NAME), "00  notes.txt\n00  ../escape.csv\n");
        ExportManifest.begin(new ExportDirectory(dir));
        assertEquals("mine", Files.readString(notes), "only names Spinup exports are ever removed");
    }

    @Test
    void theManifestIsWhatSha256sumChecks() throws Exception {
        new ReportWriter(dir).write(List.of(chart("one", drawing())), ReportOptions.of(Theme.SCREEN)
                .withFormats(java.util.EnumSet.of(dev.spinup.report.ReportFormat.CSV)));
        Process check = new ProcessBuilder("sha256sum", "-c", ExportManifest.FILE_NAME).directory(dir.toFile())
                .redirectErrorStream(true).start();
        String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, check.waitFor(), said);
        assertEquals("one.csv: OK\n", said);
        assertArrayEquals(Files.readAllBytes(dir.resolve("one.csv")), "a\n1\n".getBytes(StandardCharsets.UTF_8));
    }

    private static Drawable drawing() {
        return (g, area) -> g.fill(area);
    }

    private static Chart chart(String slug, Drawable drawable) {
        return new Chart(new Slug(slug), slug, drawable, TABLE);
    }
}
