package dev.spinup.report.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EvenSampleTest {

    @Test
    void keepsTheEndsAndSpreadsTheRestEvenly() {
        List<Integer> hundred = IntStream.range(0, 100).boxed().toList();
        assertEquals(List.of(0, 33, 66, 99), EvenSample.of(hundred, 4));
        assertEquals(List.of(0, 11, 22, 33, 44, 55, 66, 77, 88, 99), EvenSample.of(hundred, 10));
    }

    @Test
    void aShortListIsKeptWhole() {
        assertEquals(List.of(1, 2, 3), EvenSample.of(List.of(1, 2, 3), 5));
        assertEquals(List.of(7), EvenSample.of(List.of(7, 8, 9), 1));
    }
}
