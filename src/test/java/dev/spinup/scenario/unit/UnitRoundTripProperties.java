package dev.spinup.scenario.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class UnitRoundTripProperties {

    @Property
    void anySizeReadsBackExactly(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long bytes) {
        DataSize size = DataSize.ofBytes(bytes);
        assertEquals(size, DataSizeText.parse(DataSizeText.format(size)).toOptional().orElseThrow());
    }

    @Property
    void roundSizesReadBackExactly(@ForAll("roundSizes") long bytes) {
        DataSize size = DataSize.ofBytes(bytes);
        assertEquals(size, DataSizeText.parse(DataSizeText.format(size)).toOptional().orElseThrow());
    }

    @Property
    void anyDurationReadsBackExactly(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long nanos) {
        Duration duration = Duration.ofNanos(nanos);
        assertEquals(duration, DurationText.parse(DurationText.format(duration)).toOptional().orElseThrow());
    }

    @Property
    void anyRateReadsBackExactly(@ForAll("anyDoubleFromMillibytesToPetabytes") double bytesPerSecond) {
        DataRate rate = DataRate.ofBytesPerSecond(bytesPerSecond);
        assertEquals(rate, DataRateText.parse(DataRateText.format(rate)).toOptional().orElseThrow());
        assertEquals(rate, DataRateText.parse(DataRateText.formatBits(rate)).toOptional().orElseThrow());
    }

    @Property
    void roundRatesReadBackExactly(@ForAll @LongRange(min = 1, max = 100_000) long megabits) {
        DataRate rate = DataRate.ofMegabitsPerSecond(megabits);
        assertEquals(rate, DataRateText.parse(DataRateText.formatBits(rate)).toOptional().orElseThrow());
        assertEquals(rate, DataRateText.parse(DataRateText.format(rate)).toOptional().orElseThrow());
    }

    @Property
    void anyTextGivesAValueOrAReasonNeverAnException(@ForAll("unitLikeText") String text) {
        DataSizeText.parse(text);
        DurationText.parse(text);
        DataRateText.parse(text);
    }

    /** Every double in the range is equally likely to be drawn bit pattern by bit pattern: all 17 digits in play. */
    @Provide
    Arbitrary<Double> anyDoubleFromMillibytesToPetabytes() {
        return Arbitraries.longs().between(Double.doubleToLongBits(1e-3), Double.doubleToLongBits(1e15))
                .map(Double::longBitsToDouble);
    }

    @Provide
    Arbitrary<Long> roundSizes() {
        Arbitrary<Long> units = Arbitraries.of(1L, DataSize.KB, DataSize.KIB, DataSize.MB, DataSize.MIB, DataSize.GB,
                DataSize.GIB, DataSize.TIB);
        return Arbitraries.longs().between(0, 1_000_000).flatMap(n -> units.map(u -> n * u));
    }

    @Provide
    Arbitrary<String> unitLikeText() {
        Arbitrary<String> number = Arbitraries.strings().withChars("0123456789.-+eE,").ofMaxLength(25);
        Arbitrary<String> unit = Arbitraries.oneOf(
                Arbitraries.of("B", "kB", "GiB", "ms", "µs", "min", "Gbit/s", "MB/s", "", " ", "e5"),
                Arbitraries.strings().ofMaxLength(8));
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(80),
                number.flatMap(n -> unit.map(u -> n + " " + u)));
    }
}
