package dev.spinup.scenario.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spinup.model.DataRate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataRateTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1 Gbit/s    | 125000000",
        "100 Mbit/s  | 12500000",
        "10 Gbit/s   | 1250000000",
        "8 bit/s     | 1",
        "500 MB/s    | 500000000",
        "200 MiB/s   | 209715200",
        "1.5 GB/s    | 1500000000",
        "64 KiB/s    | 65536",
        "1Gbit/s     | 125000000",
    })
    void readsRatesInBitsAndBytes(String text, double bytesPerSecond) {
        assertEquals(bytesPerSecond, DataRateText.parse(text).toOptional().orElseThrow().bytesPerSecond());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1 Gbps      | unknown unit `Gbps`; did you mean `Gbit/s`?",
        "1 Gb/s      | unknown unit `Gb/s`; did you mean `Gbit/s`?",
        "500 mb/s    | unknown unit `mb/s`; did you mean `MB/s`?",
        "0 MB/s      | a rate must be greater than zero",
        "-1 MB/s     | a rate cannot be negative",
        "500 MB      | unknown unit `MB`; use bit/s, kbit/s, Mbit/s, Gbit/s, Tbit/s, B/s, kB/s, MB/s, GB/s, TB/s, KiB/s, MiB/s, GiB/s or TiB/s",
    })
    void explainsWhatIsWrong(String text, String reason) {
        assertEquals(new ParseResult.Failed<DataRate>(reason), DataRateText.parse(text));
    }

    @Test
    void formatsDiskRatesInBytesAndLinkRatesInBits() {
        assertEquals("500 MB/s", DataRateText.format(DataRate.ofMegabytesPerSecond(500)));
        assertEquals("200 MiB/s", DataRateText.format(DataRate.ofMebibytesPerSecond(200)));
        assertEquals("125 MB/s", DataRateText.format(DataRate.ofGigabitsPerSecond(1)));
        assertEquals("1 Gbit/s", DataRateText.formatBits(DataRate.ofGigabitsPerSecond(1)));
        assertEquals("100 Mbit/s", DataRateText.formatBits(DataRate.ofMegabitsPerSecond(100)));
        // a rate with no exact bit form falls back to bytes per second
        assertEquals("0.1 B/s", DataRateText.formatBits(DataRate.ofBytesPerSecond(0.1)));
    }
}
