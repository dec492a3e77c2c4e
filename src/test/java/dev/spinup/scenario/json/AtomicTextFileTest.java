package dev.spinup.scenario.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicTextFileTest {

    @TempDir
    Path folder;

    @Test
    void writesANewFileAndReplacesAnOldOne() throws IOException {
        Path target = folder.resolve("lesson.json");
        AtomicTextFile.write(target, "first\n");
        assertEquals("first\n", Files.readString(target));
        AtomicTextFile.write(target, "second caf\u00e9\n");
        assertEquals("second caf\u00e9\n", Files.readString(target));
        assertEquals(List.of(target), filesIn(folder));
    }

    @Test
    void aWriterFailingHalfWayLeavesTheOldFileIntact() throws IOException {
        Path target = Files.writeString(folder.resolve("lesson.json"), "{\"title\": \"old\"}\n");
        IOException failure = assertThrows(IOException.class, () -> AtomicTextFile.write(target, out -> {
            out.write("{\"title\": \"new\", \"stacks\": [");
            out.flush();
            throw new IOException("disk full");
        }));
        assertEquals("disk full", failure.getMessage());
        assertEquals("{\"title\": \"old\"}\n", Files.readString(target));
        assertEquals(List.of(target), filesIn(folder), "the temporary file is cleaned up");
    }

    @Test
    void textThatCannotBeEncodedIsRefusedInsteadOfSavedWithQuestionMarks() throws IOException {
        Path target = Files.writeString(folder.resolve("lesson.json"), "old");
        assertThrows(CharacterCodingException.class, () -> AtomicTextFile.write(target, "lone \ud800 surrogate"));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), filesIn(folder));
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        assertTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "Spinup targets Debian: its file systems keep POSIX permissions");
        Path target = Files.writeString(folder.resolve("lesson.json"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
        AtomicTextFile.write(target, "new");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void savingThroughALinkSavesTheFileItPointsToAndKeepsTheLink() throws IOException {
        Path real = Files.writeString(folder.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(folder.resolve("link.json"), real.getFileName());
        AtomicTextFile.write(link, "new");
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals("new", Files.readString(real));
        assertEquals(List.of(link, real), filesIn(folder));
    }

    @Test
    void aReadOnlyFileIsRefusedAndKept() throws IOException {
        Path target = Files.writeString(folder.resolve("lesson.json"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
        AccessDeniedException refused = assertThrows(AccessDeniedException.class,
                () -> AtomicTextFile.write(target, "new"));
        assertTrue(refused.getMessage().contains("read-only"), refused.getMessage());
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), filesIn(folder));
    }

    @Test
    void theTemporaryFileIsPrivateWhileTheTextIsWritten() throws IOException {
        Path target = folder.resolve("lesson.json");
        List<String> seen = new ArrayList<>();
        AtomicTextFile.write(target, out -> {
            for (Path p : filesIn(folder)) {
                seen.add(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
            }
            out.write("secret");
        });
        assertEquals(List.of("rw-------"), seen);
        Path probe = Files.createFile(folder.resolve("probe"));
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(target),
                "a new file gets the mode any new file gets here (the umask's), not the temporary's");
    }

    @Test
    void theRootFolderIsAClearErrorNotANullPointer() {
        FileSystemException refused = assertThrows(FileSystemException.class,
                () -> AtomicTextFile.write(Path.of("/"), "x"));
        assertTrue(refused.getMessage().contains("not a file name"), refused.getMessage());
    }

    @Test
    void aFolderOrFifoIsNotReplaced() throws Exception {
        Path sub = Files.createDirectory(folder.resolve("sub.json"));
        assertThrows(FileSystemException.class, () -> AtomicTextFile.write(sub, "x"));
        Path fifo = folder.resolve("pipe.json");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        FileSystemException refused = assertThrows(FileSystemException.class, () -> AtomicTextFile.write(fifo, "x"));
        assertTrue(refused.getMessage().contains("not a regular file"), refused.getMessage());
        assertEquals(List.of(fifo, sub), filesIn(folder));
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
