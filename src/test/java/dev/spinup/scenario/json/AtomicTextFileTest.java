package dev.spinup.scenario.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
