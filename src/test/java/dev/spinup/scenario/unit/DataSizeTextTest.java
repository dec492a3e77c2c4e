package dev.spinup.scenario.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spinup.model.DataSize;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataSizeTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "64 GiB   | 68719476736",
        "64GiB    | 68719476736",
        "512 MiB  | 536870912",
        "1.5 GB   | 1500000000",
        "4096 B   | 4096",
        "200 kB   | 200000",
        "0.5 KiB  | 512",
        "2 TB     | 2000000000000",
        "1 TiB    | 1099511627776",
        "' 8 KiB '| 8192",
        "0 B      | 0",
        "1.0005 kB| 1001",
    })
    void readsSizesAsWritten(String text, long bytes) {
        assertEquals(DataSize.ofBytes(bytes), DataSizeText.parse(text).toOptional().orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "64 gigs          | unknown unit `gigs`; use B, kB, MB, GB, TB, KiB, MiB, GiB or TiB",
        "64 gib           | unknown unit `gib`; did you mean `GiB`?",
        "200 KB           | unknown unit `KB`; did you mean `kB`?",
        "512 bytes        | unknown unit `bytes`; did you mean `B`?",
        "512              | the unit is missing",
        "-5 GiB           | a size cannot be negative",
        "1e30 GiB         | write the number in full, without an exponent",
        "10000000000 GiB  | it is too large; sizes go up to 8 EiB",
        "NaN GiB          | it does not start with a number",
        "GiB              | it does not start with a number",
        "1,5 GiB          | write decimals with a dot, as in 1.5",
        "''               | it is empty",
        "1.2.3 GiB        | it does not start with a number",
    })
    void explainsWhatIsWrong(String text, String reason) {
        assertEquals(new ParseResult.Failed<DataSize>(reason), DataSizeText.parse(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "68719476736   | 64 GiB",
        "1610612736    | 1.5 GiB",
        "1500000000    | 1.5 GB",
        "1000          | 1 kB",
        "1024          | 1 KiB",
        "1023          | 1023 B",
        "0             | 0 B",
        "536870912     | 512 MiB",
        "9223372036854775807 | 9223372036854775807 B",
    })
    void formatsCanonically(long bytes, String text) {
        assertEquals(text, DataSizeText.format(DataSize.ofBytes(bytes)));
    }
}
