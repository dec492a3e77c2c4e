package dev.spinup.engine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

/** The tally against a naive, boxed, sort-and-two-pass computation of the same statistics. */
class TallyProperties {

    private static final double RELATIVE = 1e-9;

    @Property
    void summaryMatchesNaiveComputation(
            @ForAll @Size(min = 1, max = 400) List<@DoubleRange(min = -1e6, max = 1e6) Double> values,
            @ForAll @DoubleRange(min = 0, max = 1) double p) {
        Tally tally = new Tally();
        values.forEach(tally::add);

        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : sorted) {
            squares += (v - mean) * (v - mean);
        }
        double scale = Math.max(Math.abs(sorted.get(0)), Math.abs(sorted.get(n - 1)));

        assertEquals(n, tally.count());
        assertEquals(sorted.get(0), tally.min());
        assertEquals(sorted.get(n - 1), tally.max());
        assertClose(mean, tally.mean(), scale);
        if (n > 1) {
            assertClose(squares / (n - 1), tally.variance(), scale * scale);
        }
        assertClose(naivePercentile(sorted, p), tally.percentile(p), scale);
        TallySummary summary = tally.summary();
        assertClose(naivePercentile(sorted, 0.5), summary.p50(), scale);
        assertClose(naivePercentile(sorted, 0.95), summary.p95(), scale);
        assertClose(naivePercentile(sorted, 0.99), summary.p99(), scale);
    }

    /** Type 7 written the way a textbook states it: position 1 + (n - 1) p among 1-based order statistics. */
    private static double naivePercentile(List<Double> sorted, double p) {
        double position = 1 + (sorted.size() - 1) * p;
        int lower = (int) Math.floor(position);
        int upper = (int) Math.ceil(position);
        double weight = position - lower;
        return (1 - weight) * sorted.get(lower - 1) + weight * sorted.get(upper - 1);
    }

    /** Relative 1e-9, with the data's own magnitude as the floor so that results near zero are judged fairly. */
    private static void assertClose(double expected, double actual, double magnitude) {
        assertEquals(expected, actual, RELATIVE * Math.max(Math.abs(expected), magnitude));
    }
}
