package dev.spinup.scenario.json;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Saves a text file so that it is either wholly replaced or left as it was: the text goes to a temporary file in
 * the same folder, is forced to disk, and is then moved over the target in one step. A crash, a full disk or a
 * failing writer never leaves a half-written scenario behind.
 */
public final class AtomicTextFile {

    /** Produces the text to save, writing it to {@code out}; may fail half-way. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicTextFile() {
    }

    /** Saves {@code text} as UTF-8 to {@code target}, replacing it atomically. */
    public static void write(Path target, String text) throws IOException {
        write(target, out -> out.write(text));
    }

    /**
     * Saves what {@code content} writes as UTF-8 to {@code target}, replacing it atomically where the file system
     * can (else with a plain replace). If anything fails, the temporary file is removed, the old target is
     * untouched, and the exception is rethrown.
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = folder.resolve("." + absolute.getFileName() + "." + Long.toHexString(
                ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 Writer out = new OutputStreamWriter(Channels.newOutputStream(channel),
                         StandardCharsets.UTF_8.newEncoder())) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(absolute, temporary);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        forceFolder(folder);
    }

    /** A replaced file keeps its permissions (the temporary file was created with the owner's defaults). */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (old != null && Files.exists(target)) {
            Files.setPosixFilePermissions(temporary, old.readAttributes().permissions());
        }
    }

    /** Makes the rename itself durable where the platform allows syncing a folder (Linux does, Windows does not). */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // the file itself is already on disk; only the directory entry's durability is best effort
        }
    }
}
