package dev.spinup.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.ui.Drawable;

/**
 * A directory that charts, diagrams and tables are exported into, each named after its slug
 * ("ready-over-time.png", "ready-over-time.csv"). A file is encoded fully in memory, written to a temporary file
 * created exclusively in the same folder (a file or link planted at that name makes the creation fail, it is never
 * written through), forced to disk and renamed over the target in one step: a failed export never leaves half a
 * file, and a link at the target's name is replaced, not followed. A whole set of files is marked complete by
 * {@link ExportManifest}.
 */
public final class ExportDirectory {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int ATTEMPTS = 100;

    private final Path directory;

    public ExportDirectory(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    public Path directory() {
        return directory;
    }

    /** Exports a chart or diagram and returns the file written. */
    public Path write(Drawable drawable, Slug slug, ExportSize size, ExportFormat format) throws IOException {
        return write(slug.fileName(format.extension()), format.toBytes(drawable, size));
    }

    /** Exports a table as CSV and returns the file written. */
    public Path write(CsvTable table, Slug slug) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.write(table, out);
        return write(slug.fileName("csv"), out.toByteArray());
    }

    /** Replaces the file {@code fileName} of this directory with {@code bytes}, atomically; returns its path. */
    public Path write(String fileName, byte[] bytes) throws IOException {
        if (fileName.isEmpty() || fileName.contains("/") || fileName.startsWith(".")) {
            throw new IllegalArgumentException("an exported file is named by a plain name, not \"" + fileName + "\"");
        }
        Files.createDirectories(directory);
        Path target = directory.resolve(fileName);
        Path temporary = createTemporary(fileName, bytes);
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            delete(temporary, e);
            throw e;
        }
        return target;
    }

    /** Reads back a file this directory holds, without following a link at its name. */
    byte[] read(String fileName) throws IOException {
        Path file = directory.resolve(fileName);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(file + " is not a regular file");
        }
        return Files.readAllBytes(file);
    }

    /** Deletes the files named, each only when it is a plain file of this directory (a link is left alone). */
    void deleteRegularFiles(List<String> fileNames) throws IOException {
        for (String name : fileNames) {
            Path file = directory.resolve(name);
            if (!name.contains("/") && !name.startsWith(".") && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(file);
            }
        }
    }

    /**
     * A new file in the target's folder holding {@code bytes}, forced to disk. CREATE_NEW is O_CREAT|O_EXCL: it
     * fails on any existing name, a dangling link included, so the bytes go only to a file this call created.
     * Its permissions are the user's defaults (umask), as for any exported file.
     */
    private Path createTemporary(String fileName, byte[] bytes) throws IOException {
        for (int attempt = 0; ; attempt++) {
            byte[] random = new byte[8];
            RANDOM.nextBytes(random);
            Path temporary = directory.resolve("." + fileName + "." + HexFormat.of().formatHex(random) + ".part");
            FileChannel channel;
            try {
                channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS);
            } catch (FileAlreadyExistsException taken) {
                if (attempt + 1 < ATTEMPTS) {
                    continue;
                }
                throw taken;
            }
            try (channel) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            } catch (IOException | RuntimeException e) {
                delete(temporary, e);
                throw e;
            }
            return temporary;
        }
    }

    private static void delete(Path temporary, Exception cause) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException cleanup) {
            cause.addSuppressed(cleanup);
        }
    }
}
