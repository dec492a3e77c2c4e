package dev.spinup.scenario.unit;

import dev.spinup.model.DataRate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes throughputs as people write them: bits for links ({@code "1 Gbit/s"}, {@code "100 Mbit/s"}),
 * bytes for disks ({@code "500 MB/s"}, {@code "200 MiB/s"}); a bit is an eighth of a byte.
 */
public final class DataRateText {

    /** Examples quoted in messages about a value that is not a rate. */
    public static final String EXAMPLES = "\"1 Gbit/s\" or \"500 MB/s\"";

    private static final UnitScale.Unit BPS = bytes("B/s", 1);
    private static final UnitScale.Unit KBPS = bytes("kB/s", 1_000L);
    private static final UnitScale.Unit MBPS = bytes("MB/s", 1_000_000L);
    private static final UnitScale.Unit GBPS = bytes("GB/s", 1_000_000_000L);
    private static final UnitScale.Unit TBPS = bytes("TB/s", 1_000_000_000_000L);
    private static final UnitScale.Unit KIBPS = bytes("KiB/s", 1L << 10);
    private static final UnitScale.Unit MIBPS = bytes("MiB/s", 1L << 20);
    private static final UnitScale.Unit GIBPS = bytes("GiB/s", 1L << 30);
    private static final UnitScale.Unit TIBPS = bytes("TiB/s", 1L << 40);
    private static final UnitScale.Unit BITPS = bits("bit/s", 0);
    private static final UnitScale.Unit KBITPS = bits("kbit/s", 3);
    private static final UnitScale.Unit MBITPS = bits("Mbit/s", 6);
    private static final UnitScale.Unit GBITPS = bits("Gbit/s", 9);
    private static final UnitScale.Unit TBITPS = bits("Tbit/s", 12);

    private static final List<UnitScale.Unit> ACCEPTED = List.of(BITPS, KBITPS, MBITPS, GBITPS, TBITPS,
            BPS, KBPS, MBPS, GBPS, TBPS, KIBPS, MIBPS, GIBPS, TIBPS);

    private static final Map<String, String> MISTAKES = Map.ofEntries(
            Map.entry("bps", "bit/s"), Map.entry("kbps", "kbit/s"), Map.entry("Kbps", "kbit/s"),
            Map.entry("Mbps", "Mbit/s"), Map.entry("Gbps", "Gbit/s"), Map.entry("Tbps", "Tbit/s"),
            Map.entry("kb/s", "kbit/s"), Map.entry("Kb/s", "kbit/s"), Map.entry("Mb/s", "Mbit/s"),
            Map.entry("Gb/s", "Gbit/s"), Map.entry("Tb/s", "Tbit/s"), Map.entry("MBps", "MB/s"),
            Map.entry("GBps", "GB/s"), Map.entry("KB/s", "kB/s"));

    // decimal byte units before binary ones: disk and registry throughputs are quoted in MB/s
    private static final UnitScale BYTE_FIRST = new UnitScale("rate", ACCEPTED,
            List.of(TBPS, GBPS, MBPS, KBPS, TIBPS, GIBPS, MIBPS, KIBPS, BPS), MISTAKES);

    private static final UnitScale BIT_FIRST = new UnitScale("rate", ACCEPTED,
            List.of(TBITPS, GBITPS, MBITPS, KBITPS, BITPS, BPS), MISTAKES);

    private DataRateText() {
    }

    /** Reads a rate; it must be greater than zero. */
    public static ParseResult<DataRate> parse(String text) {
        ParseResult<BigDecimal> perSecond = BYTE_FIRST.toBase(text);
        if (perSecond instanceof ParseResult.Failed<BigDecimal> failed) {
            return new ParseResult.Failed<>(failed.reason());
        }
        double bytesPerSecond = ((ParseResult.Parsed<BigDecimal>) perSecond).value().doubleValue();
        if (!(bytesPerSecond > 0)) {
            return new ParseResult.Failed<>("a rate must be greater than zero");
        }
        if (Double.isInfinite(bytesPerSecond)) {
            return new ParseResult.Failed<>("it is too large");
        }
        return new ParseResult.Parsed<>(DataRate.ofBytesPerSecond(bytesPerSecond));
    }

    /** Canonical text in byte units ("500 MB/s", "200 MiB/s"), read back by {@link #parse} as the same rate. */
    public static String format(DataRate rate) {
        return BYTE_FIRST.format(BigDecimal.valueOf(rate.bytesPerSecond()));
    }

    /** Canonical text in bit units for network links ("1 Gbit/s"), read back by {@link #parse} as the same rate. */
    public static String formatBits(DataRate rate) {
        return BIT_FIRST.format(BigDecimal.valueOf(rate.bytesPerSecond()));
    }

    /** The accepted unit symbols, for messages. */
    public static String units() {
        return BYTE_FIRST.symbolList();
    }

    private static UnitScale.Unit bytes(String symbol, long bytesPerSecond) {
        return new UnitScale.Unit(symbol, BigDecimal.valueOf(bytesPerSecond));
    }

    /** 10^exponent bits per second, as bytes per second: exactly 0.125 × 10^exponent. */
    private static UnitScale.Unit bits(String symbol, int exponent) {
        return new UnitScale.Unit(symbol, new BigDecimal("0.125").movePointRight(exponent));
    }
}
