package dev.spinup.scenario.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which characters text from a file may hold, and where the refusal points; and the reader's size edge. */
class TerminalSafeTextTest {

    @TempDir
    Path folder;

    @Test
    void newlineTabAndOrdinaryTextAreAllowed() {
        for (String ok : List.of("", "plain", "line one\nline two", "a\tb", "Mémoire — µs ×2 €", "\uD83D\uDE80 rocket",
                "zero\u200Dwidth joiner", "\u00A0no-break")) {
            assertEquals(Optional.empty(), TerminalSafeText.firstForbidden(ok), ok);
            assertEquals(ok, TerminalSafeText.escaped(ok));
        }
    }

    @Test
    void everyTerminalControlIsForbidden() {
        int[] forbidden = {0x00, 0x07, 0x08, 0x0B, 0x0C, 0x0D, 0x1B, 0x1F, 0x7F, 0x80, 0x9B, 0x9F, 0x2028, 0x2029,
            0x202A, 0x202E, 0x2066, 0x2069, 0x200E, 0x200F, 0x061C, 0xD800};
        for (int cp : forbidden) {
            assertTrue(TerminalSafeText.isForbidden(cp), Integer.toHexString(cp));
        }
        for (int cp : new int[] {'\n', '\t', ' ', '~', 0xA0, 0x2027, 0x202F, 0x2065, 0x206A, 0x200D, 0x061B, 0xFFFD}) {
            assertFalse(TerminalSafeText.isForbidden(cp), Integer.toHexString(cp));
        }
    }

    @Test
    void theFirstForbiddenCharacterIsNamedByCodePointAndPosition() {
        assertEquals(Optional.of("U+001B at character 1"), TerminalSafeText.firstForbidden("\u001b[2J"));
        // characters are counted as code points: the rocket is one character, not two
        assertEquals(Optional.of("U+0007 at character 3"), TerminalSafeText.firstForbidden("\uD83D\uDE80x\u0007\u001b"));
        assertEquals("a\\u001B]0;t\\u0007b\r", TerminalSafeText.escaped("a\u001b]0;t\u0007b\r"),
                "carriage return is the progress bar's; it is never in a file's text");
    }

    @Test
    void everyTextValueAndKeyOfTheTreeIsChecked() {
        Problems problems = new Problems("t.json");
        JsonNode tree = JsonTreeReader.withDefaultLimits().parse("{\"ok\": \"fine\", \"a\": [1, \"x\\u001b\", {\"k\\u0007\":"
                + " \"v\", \"deep\": [[\"\\u009b\"]]}], \"last\": \"\\u202e\"}", problems).orElseThrow();
        TerminalSafeText.check(tree, problems);
        assertEquals(List.of(
                "t.json:1:25: $.a[1]: text may not hold control characters (found U+001B at character 2): they could"
                        + " take over the terminal it is printed on",
                "t.json:1:37: $.a[2]: a key may not hold control characters (found U+0007 at character 2)",
                "t.json:1:63: $.a[2].deep[0][0]: text may not hold control characters (found U+009B at character 1):"
                        + " they could take over the terminal it is printed on",
                "t.json:1:85: $.last: text may not hold control characters (found U+202E at character 1): they could"
                        + " take over the terminal it is printed on"),
                problems.sorted().stream().map(Problem::toString).toList());
    }

    @Test
    void aFileOfExactlyTheLimitIsReadAndOneByteMoreIsNot() throws Exception {
        ReadLimits limits = ReadLimits.DEFAULT.withMaxFileBytes(16);
        JsonTreeReader reader = new JsonTreeReader(limits);
        Path exact = Files.write(folder.resolve("exact.json"), "{\"a\": \"123456\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(16 - 1, Files.size(exact));
        Path sixteen = Files.write(folder.resolve("sixteen.json"), "{\"a\": \"1234567\"}".getBytes(StandardCharsets.UTF_8));
        Problems problems = new Problems("x");
        assertTrue(reader.read(sixteen, problems).isPresent(), problems.sorted().toString());
        assertTrue(reader.parse("{\"a\": \"1234567\"}", problems).isPresent());
        Path seventeen = Files.write(folder.resolve("big.json"), "{\"a\": \"12345678\"}".getBytes(StandardCharsets.UTF_8));
        Problems tooBig = new Problems("big.json");
        assertEquals(Optional.empty(), reader.read(seventeen, tooBig));
        assertEquals("big.json:1:1: $: the file is larger than 16 B, the most a scenario file may be",
                tooBig.sorted().get(0).toString());
        Problems tooBigText = new Problems("t");
        assertEquals(Optional.empty(), reader.parse("{\"a\": \"12345678\"}", tooBigText));
        assertEquals(1, tooBigText.size());
        Problems tooBigStream = new Problems("s");
        assertEquals(Optional.empty(), reader.read(new java.io.ByteArrayInputStream(
                "{\"a\": \"12345678\"}".getBytes(StandardCharsets.UTF_8)), tooBigStream));
        assertEquals(1, tooBigStream.size());
        assertTrue(reader.read(new java.io.ByteArrayInputStream("{\"a\": \"1234567\"}".getBytes(StandardCharsets.UTF_8)),
                new Problems("s")).isPresent());
        assertEquals(limits, reader.limits());
    }

    @Test
    void aByteOrderMarkIsSkippedAndUtf16IsNamedEitherWay() {
        JsonTreeReader reader = JsonTreeReader.withDefaultLimits();
        Problems ok = new Problems("bom");
        assertTrue(reader.read(new java.io.ByteArrayInputStream(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{',
            '}'}), ok).isPresent(), ok.sorted().toString());
        for (byte[] utf16 : List.of(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '{'}, new byte[] {(byte) 0xFF, (byte) 0xFE,
            '{', 0})) {
            Problems problems = new Problems("u");
            assertEquals(Optional.empty(), reader.read(new java.io.ByteArrayInputStream(utf16), problems));
            assertEquals("u:1:1: $: the file is saved as UTF-16; save it as UTF-8", problems.sorted().get(0).toString());
        }
        Problems one = new Problems("one");
        assertEquals(Optional.empty(), reader.read(new java.io.ByteArrayInputStream(new byte[] {(byte) 0xFE}), one));
        assertTrue(one.sorted().get(0).toString().contains("not UTF-8"), one.sorted().toString());
    }
}
