package dev.spinup.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import org.jfree.chart.ui.Drawable;

/**
 * A directory that charts, diagrams and tables are exported into, each named after its slug
 * ("ready-over-time.png", "ready-over-time.csv"). A file is encoded fully in memory and then moved into place,
 * so a failed export never leaves half a file behind.
 */
public final class ExportDirectory {

    private final Path directory;

    public ExportDirectory(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    public Path directory() {
        return directory;
    }

    /** Exports a chart or diagram and returns the file written. */
    public Path write(Drawable drawable, Slug slug, ExportSize size, ExportFormat format) throws IOException {
        return writeBytes(slug.fileName(format.extension()), format.toBytes(drawable, size));
    }

    /** Exports a table as CSV and returns the file written. */
    public Path write(CsvTable table, Slug slug) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.write(table, out);
        return writeBytes(slug.fileName("csv"), out.toByteArray());
    }

    private Path writeBytes(String fileName, byte[] bytes) throws IOException {
        Files.createDirectories(directory);
        Path target = directory.resolve(fileName);
        // Not Files.createTempFile: its owner-only permissions would carry over to the exported file.
        Path partial = directory.resolve("." + fileName + ".part");
        try {
            Files.write(partial, bytes);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return target;
    }
}
