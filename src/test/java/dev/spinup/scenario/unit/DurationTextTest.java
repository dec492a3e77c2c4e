package dev.spinup.scenario.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "250 ms   | 250000000",
        "15 s     | 15000000000",
        "1.5 min  | 90000000000",
        "500 us   | 500000",
        "500 µs   | 500000",
        "500 μs   | 500000",
        "2 h      | 7200000000000",
        "90 ns    | 90",
        "90ns     | 90",
        "0.4 ns   | 0",
        "0.5 ns   | 1",
    })
    void readsDurationsAsWritten(String text, long nanos) {
        assertEquals(Duration.ofNanos(nanos), DurationText.parse(text).toOptional().orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "15 sec       | unknown unit `sec`; did you mean `s`?",
        "2 hours      | unknown unit `hours`; did you mean `h`?",
        "15 S         | unknown unit `S`; did you mean `s`?",
        "15 fortnights| unknown unit `fortnights`; use ns, us, µs, μs, ms, s, min or h",
        "-1 s         | a duration cannot be negative",
        "300 years    | unknown unit `years`; use ns, us, µs, μs, ms, s, min or h",
        "9999999999 h | it is too long; the longest duration is 292 years",
        "250          | the unit is missing",
    })
    void explainsWhatIsWrong(String text, String reason) {
        assertEquals(new ParseResult.Failed<Duration>(reason), DurationText.parse(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "250000000     | 250 ms",
        "1500000000    | 1.5 s",
        "90000000000   | 90 s",
        "7200000000000 | 2 h",
        "500000        | 500 us",
        "90            | 90 ns",
        "1             | 1 ns",
        "0             | 0 ns",
        "60000000000   | 1 min",
    })
    void formatsCanonically(long nanos, String text) {
        assertEquals(text, DurationText.format(Duration.ofNanos(nanos)));
    }
}
