package dev.spinup.scenario.unit;

import dev.spinup.model.DataSize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads and writes data sizes as people write them: {@code "64 GiB"}, {@code "512 MiB"}, {@code "1.5 GB"},
 * {@code "200 kB"}, {@code "4096 B"}; binary and decimal prefixes, case-sensitive, the space optional.
 */
public final class DataSizeText {

    /** Examples quoted in messages about a value that is not a size. */
    public static final String EXAMPLES = "\"512 MiB\" or \"64 GiB\"";

    private static final UnitScale.Unit B = unit("B", 1);
    private static final UnitScale.Unit KB = unit("kB", DataSize.KB);
    private static final UnitScale.Unit MB = unit("MB", DataSize.MB);
    private static final UnitScale.Unit GB = unit("GB", DataSize.GB);
    private static final UnitScale.Unit TB = unit("TB", DataSize.TB);
    private static final UnitScale.Unit KIB = unit("KiB", DataSize.KIB);
    private static final UnitScale.Unit MIB = unit("MiB", DataSize.MIB);
    private static final UnitScale.Unit GIB = unit("GiB", DataSize.GIB);
    private static final UnitScale.Unit TIB = unit("TiB", DataSize.TIB);

    private static final UnitScale SCALE = new UnitScale("size",
            List.of(B, KB, MB, GB, TB, KIB, MIB, GIB, TIB),
            // binary first: memory is quoted in binary units, so 1 GiB stays "1 GiB" rather than "1073.742 MB"
            List.of(TIB, GIB, MIB, KIB, TB, GB, MB, KB, B),
            Map.of("bytes", "B", "byte", "B", "b", "B"));

    private static final BigDecimal LARGEST = BigDecimal.valueOf(Long.MAX_VALUE);

    private DataSizeText() {
    }

    /** Reads a size; fractions of a byte are rounded to the nearest byte. */
    public static ParseResult<DataSize> parse(String text) {
        ParseResult<BigDecimal> bytes = SCALE.toBase(text);
        if (bytes instanceof ParseResult.Failed<BigDecimal> failed) {
            return new ParseResult.Failed<>(failed.reason());
        }
        BigDecimal exact = ((ParseResult.Parsed<BigDecimal>) bytes).value();
        if (exact.compareTo(LARGEST) > 0) {
            return new ParseResult.Failed<>("it is too large; sizes go up to 8 EiB");
        }
        return new ParseResult.Parsed<>(DataSize.ofBytes(exact.setScale(0, RoundingMode.HALF_UP).longValueExact()));
    }

    /** The canonical text of a size, read back by {@link #parse} as the same number of bytes: "1.5 GiB", "1 GB". */
    public static String format(DataSize size) {
        return SCALE.format(BigDecimal.valueOf(size.bytes()));
    }

    /** Whether the size's canonical text is in decimal units (kB, MB, GB, TB: powers of 10), not binary ones. */
    public static boolean isDecimal(DataSize size) {
        String text = format(size);
        return text.endsWith("kB") || text.endsWith(" MB") || text.endsWith(" GB") || text.endsWith(" TB");
    }

    /**
     * A memory size with the bytes it stands for, so a teacher sees which units were used: "512 MiB", or for decimal
     * units "512 MB (decimal: 512 000 000 bytes = 488.3 MiB)".
     */
    public static String withBytes(DataSize size) {
        String text = format(size);
        if (!isDecimal(size)) {
            return text;
        }
        String bytes = String.format(Locale.ROOT, "%,d", size.bytes()).replace(',', ' ');
        return text + " (decimal: " + bytes + " bytes = " + binary(size) + ")";
    }

    /** The size in the binary unit that gives a number of at least 1, to one decimal: "488.3 MiB". */
    private static String binary(DataSize size) {
        UnitScale.Unit[] units = {TIB, GIB, MIB, KIB};
        for (UnitScale.Unit unit : units) {
            BigDecimal value = BigDecimal.valueOf(size.bytes()).divide(unit.factor(), 1, RoundingMode.HALF_UP);
            if (value.compareTo(BigDecimal.ONE) >= 0) {
                return value.stripTrailingZeros().toPlainString() + " " + unit.symbol();
            }
        }
        return size.bytes() + " B";
    }

    /** The accepted unit symbols, for messages. */
    public static String units() {
        return SCALE.symbolList();
    }

    private static UnitScale.Unit unit(String symbol, long bytes) {
        return new UnitScale.Unit(symbol, BigDecimal.valueOf(bytes));
    }
}
