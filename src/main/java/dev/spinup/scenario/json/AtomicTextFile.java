package dev.spinup.scenario.json;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * Saves a text file the way careful editors do, so that it is either wholly replaced or left as it was: the text
 * goes to a private temporary file created exclusively beside the file, is forced to disk, takes the file's
 * permissions and group, and is renamed over it in one step.
 * <ul>
 *   <li>Saving through a symbolic link saves the file the link points to; the link stays a link.</li>
 *   <li>A read-only file, a folder, a device or FIFO, or a file owned by someone else (whose owner a rename would
 *       change) is refused with the reason; nothing is written.</li>
 *   <li>While the text is written, nobody but the owner can read the temporary file.</li>
 *   <li>Where the file system cannot rename atomically the save fails; it never falls back to overwriting in
 *       place.</li>
 * </ul>
 */
public final class AtomicTextFile {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rw-------");

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
     * Saves what {@code content} writes as UTF-8 to {@code target}, replacing it atomically. If anything fails,
     * the temporary file is removed, the old file is untouched, and the exception is rethrown.
     */
    public static void write(Path target, Content content) throws IOException {
        Path file = resolveLinks(target);
        Path folder = file.getParent();
        Optional<PosixFileAttributes> old = existing(file);
        Path temporary = createPrivate(folder, file.getFileName().toString());
        try {
            if (old.isPresent() && !old.get().owner().equals(Files.getOwner(temporary, LinkOption.NOFOLLOW_LINKS))) {
                throw new AccessDeniedException(file.toString(), null, "the file belongs to "
                        + old.get().owner().getName() + "; saving would make it yours, so it is not replaced");
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
                 Writer out = new OutputStreamWriter(Channels.newOutputStream(channel),
                         StandardCharsets.UTF_8.newEncoder())) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (old.isPresent()) {
                PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class,
                        LinkOption.NOFOLLOW_LINKS);
                view.setGroup(old.get().group());
                view.setPermissions(old.get().permissions());
            } else {
                Files.setPosixFilePermissions(temporary, newFilePermissions(folder));
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new FileSystemException(file.toString(), null,
                        "this file system cannot replace a file in one step, so it was not saved");
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

    /** The file a save really replaces: {@code target}'s link chain followed to its end, as an absolute path. */
    private static Path resolveLinks(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.getFileName() == null || absolute.getParent() == null) {
            throw new FileSystemException(target.toString(), null, "is not a file name; name a file to save to");
        }
        for (int hops = 0; Files.isSymbolicLink(absolute); hops++) {
            if (hops == 40) {
                throw new FileSystemException(target.toString(), null, "too many levels of symbolic links");
            }
            absolute = absolute.getParent().resolve(Files.readSymbolicLink(absolute)).toAbsolutePath().normalize();
        }
        return absolute;
    }

    /** The attributes to keep when the file exists; a file that may not or cannot be replaced is refused. */
    private static Optional<PosixFileAttributes> existing(Path file) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        PosixFileAttributes attributes = Files.readAttributes(file, PosixFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile()) {
            throw new FileSystemException(file.toString(), null, "is not a regular file, so it is not replaced");
        }
        // the mode bits, not only access(2): root may write anything, yet a file its owner made read-only stays so
        if (!attributes.permissions().contains(PosixFilePermission.OWNER_WRITE) || !Files.isWritable(file)) {
            throw new AccessDeniedException(file.toString(), null, "the file is read-only");
        }
        return Optional.of(attributes);
    }

    /** An empty file only its owner may read, created exclusively (never through a link) in {@code folder}. */
    private static Path createPrivate(Path folder, String name) throws IOException {
        return createExclusive(folder, "." + name + ".", ".tmp", PosixFilePermissions.asFileAttribute(PRIVATE));
    }

    /**
     * What a new file gets: the mode a plain creation gives in {@code folder} (the umask's), found with an empty
     * probe, since Java cannot read the umask.
     */
    private static Set<PosixFilePermission> newFilePermissions(Path folder) throws IOException {
        Path probe = createExclusive(folder, ".spinup-mode.", "");
        try {
            return Files.getPosixFilePermissions(probe, LinkOption.NOFOLLOW_LINKS);
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    /** A new empty file under a random name: CREATE_NEW is O_EXCL, so an existing name or a planted link fails. */
    private static Path createExclusive(Path folder, String prefix, String suffix, FileAttribute<?>... attributes)
            throws IOException {
        for (int attempt = 0; ; attempt++) {
            byte[] random = new byte[8];
            RANDOM.nextBytes(random);
            Path candidate = folder.resolve(prefix + HexFormat.of().formatHex(random) + suffix);
            try {
                Files.newByteChannel(candidate, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS), attributes).close();
                return candidate;
            } catch (FileAlreadyExistsException taken) {
                if (attempt == 99) {
                    throw taken;
                }
            }
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
