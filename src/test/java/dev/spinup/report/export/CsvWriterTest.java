package dev.spinup.report.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static final CsvTable AWKWARD = CsvTable.builder("stack", "phase, detail", "t_ms", "note")
            .row("VM (type 1)", "kernel boot", 1250.5, "plain")
            .row("Container", "image pull", 75L, "has, comma")
            .row("Kata", "runtime \"create\"", 0.125, "line one\nline two")
            .row("µVM", "Δ firmware", -3, " leading space")
            .row("gVisor", "app start", Optional.empty(), "")
            .build();

    @Test
    void readsBackToTheSameTableIncludingCommasQuotesAndLineBreaks() {
        List<List<String>> records = Rfc4180Reader.read(CsvWriter.toCsv(AWKWARD));
        assertEquals(AWKWARD.columns(), records.get(0));
        assertEquals(AWKWARD.rows().size(), records.size() - 1);
        for (int r = 0; r < AWKWARD.rows().size(); r++) {
            List<String> expected = AWKWARD.rows().get(r).stream().map(CsvCell::text).toList();
            assertEquals(expected, records.get(r + 1), "row " + r);
        }
        assertEquals("line one\nline two", records.get(3).get(3));
        assertEquals("runtime \"create\"", records.get(3).get(1));
        assertEquals("", records.get(5).get(2));
    }

    @Test
    void usesLineFeedsOnlyAndQuotesOnlyWhereNeeded() {
        String csv = CsvWriter.toCsv(AWKWARD);
        assertFalse(csv.contains("\r"));
        assertTrue(csv.endsWith("\n"));
        assertTrue(csv.startsWith("stack,\"phase, detail\",t_ms,note\n"), csv);
        assertTrue(csv.contains("\nVM (type 1),kernel boot,1250.5,plain\n"), csv);
    }

    @Test
    void numbersAreTheSameBytesInEveryLocale() throws IOException {
        Locale original = Locale.getDefault();
        List<byte[]> outputs = new ArrayList<>();
        try {
            for (Locale locale : new Locale[] {Locale.ROOT, Locale.GERMANY, Locale.FRANCE, new Locale("ar", "EG"),
                new Locale("hi", "IN")}) {
                Locale.setDefault(locale);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                CsvWriter.write(AWKWARD, out);
                outputs.add(out.toByteArray());
            }
        } finally {
            Locale.setDefault(original);
        }
        for (byte[] output : outputs) {
            assertArrayEquals(outputs.get(0), output);
        }
        assertTrue(new String(outputs.get(0), StandardCharsets.UTF_8).contains(",0.125,"));
    }

    @Test
    void decimalsUsePlainNotationAndReadBackExactly() {
        assertEquals("0.00001", new CsvCell.Decimal(1e-5).text());
        assertEquals("100", new CsvCell.Decimal(100.0).text());
        assertEquals("12345678901", new CsvCell.Decimal(12345678901.0).text());
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(value) || Math.abs(value) > 1e30 || (value != 0 && Math.abs(value) < 1e-30)) {
                continue;
            }
            String text = new CsvCell.Decimal(value).text();
            assertFalse(text.contains("E") || text.contains("e"), text);
            assertEquals(value == 0 ? 0.0 : value, Double.parseDouble(text), text);
        }
    }

    @Test
    void randomTextSurvivesTheRoundTrip() {
        Random random = new Random(7);
        String alphabet = "ab ,\"\n\rµΔ—x1";
        CsvTable.Builder builder = CsvTable.builder("a", "b");
        List<List<String>> expected = new ArrayList<>();
        for (int r = 0; r < 500; r++) {
            String a = randomText(random, alphabet);
            String b = randomText(random, alphabet);
            builder.row(a, b);
            expected.add(List.of(a.startsWith("\r") ? "'" + a : a, b.startsWith("\r") ? "'" + b : b));
        }
        List<List<String>> read = Rfc4180Reader.read(CsvWriter.toCsv(builder.build()));
        assertEquals(expected, read.subList(1, read.size()));
    }

    @Test
    void textThatASpreadsheetWouldRunIsWrittenAsText() {
        CsvTable table = CsvTable.builder("label", "value").row("=HYPERLINK(\"http://x\")", -1.5)
                .row("+1", -2).row("-cmd", 0).row("@SUM(A1)", 1).row("\tx", 2).row("plain = fine", 3).build();
        List<List<String>> read = Rfc4180Reader.read(CsvWriter.toCsv(table));
        assertEquals(List.of("'=HYPERLINK(\"http://x\")", "-1.5"), read.get(1), "numbers stay numbers");
        assertEquals(List.of("'+1", "-2"), read.get(2));
        assertEquals(List.of("'-cmd", "0"), read.get(3));
        assertEquals(List.of("'@SUM(A1)", "1"), read.get(4));
        assertEquals(List.of("'\tx", "2"), read.get(5));
        assertEquals(List.of("plain = fine", "3"), read.get(6));
    }

    @Test
    void rejectsMalformedTables() {
        assertThrows(IllegalArgumentException.class, () -> CsvTable.builder("a", "b").row(1).build());
        assertThrows(IllegalArgumentException.class, () -> CsvTable.builder("a", "a").build());
        assertThrows(IllegalArgumentException.class, () -> CsvTable.builder().build());
        assertThrows(IllegalArgumentException.class, () -> CsvTable.builder("a").row(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> CsvTable.builder("a").row((Object) null));
    }

    private static String randomText(Random random, String alphabet) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
