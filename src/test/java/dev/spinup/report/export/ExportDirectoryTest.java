package dev.spinup.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.report.SampleCharts;
import dev.spinup.report.diagram.StackDiagram;
import dev.spinup.report.style.Theme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void namesFilesAfterTheSlugAndFormat() throws IOException {
        ExportDirectory out = new ExportDirectory(dir.resolve("nested/report"));
        JFreeChart chart = SampleCharts.readyOverTime();
        Theme.SCREEN.apply(chart);
        Slug slug = Slug.of("Ready over time");
        ExportSize size = new ExportSize(400, 300);
        Path png = out.write(chart, slug, size, ExportFormat.png(2));
        Path svg = out.write(chart, slug, size, ExportFormat.svg());
        Path pdf = out.write(StackDiagram.containersVersusVirtualMachines(Theme.SCREEN), Slug.of("Stack diagram"),
                size, ExportFormat.pdf());
        Path csv = out.write(CsvTable.builder("t_s", "ready").row(0.5, 1).build(), slug);

        assertEquals("ready-over-time.png", png.getFileName().toString());
        assertEquals("ready-over-time.svg", svg.getFileName().toString());
        assertEquals("stack-diagram.pdf", pdf.getFileName().toString());
        assertEquals("ready-over-time.csv", csv.getFileName().toString());
        assertEquals(800, PngFormatTest.decode(Files.readAllBytes(png)).getWidth());
        assertEquals("t_s,ready\n0.5,1\n", Files.readString(csv, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(out.directory())) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("ready-over-time.csv", "ready-over-time.png", "ready-over-time.svg",
                    "stack-diagram.pdf"), names, "no partial files left behind");
        }
    }

    @Test
    void exportedFilesGetOrdinaryPermissions() throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return; // nothing to compare on a non-POSIX file system
        }
        Path reference = Files.writeString(dir.resolve("reference.txt"), "x");
        Path csv = new ExportDirectory(dir).write(CsvTable.builder("a").row(1).build(), new Slug("table"));
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(reference);
        assertEquals(expected, Files.getPosixFilePermissions(csv));
    }

    @Test
    void overwritesAnEarlierExport() throws IOException {
        ExportDirectory out = new ExportDirectory(dir);
        out.write(CsvTable.builder("a").row(1).build(), new Slug("t"));
        Path again = out.write(CsvTable.builder("a").row(2).build(), new Slug("t"));
        assertEquals("a\n2\n", Files.readString(again));
    }

    @Test
    void slugsAreFileNameSafe() {
        assertEquals("ready-over-time", Slug.of("Ready over time").value());
        assertEquals("memoire-vm-2", Slug.of("  Mémoire — VM ×2 ").value());
        assertEquals("boot-timeline-kata", Slug.of("boot/timeline: Kata!").value());
        assertThrows(IllegalArgumentException.class, () -> Slug.of("—µ—"));
        assertThrows(IllegalArgumentException.class, () -> new Slug("../etc"));
        assertThrows(IllegalArgumentException.class, () -> new Slug("Upper"));
        assertTrue(new Slug("a-1").fileName("svg").equals("a-1.svg"));
    }
}
