package dev.spinup.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The builder keeps its last change in fields; what it builds must be what the plain rule gives. */
class StepSeriesBuilderTest {

    /** The rule, written as plainly as possible: a change at the last instant replaces it; an equal value is dropped. */
    private static List<double[]> expected(long[] times, double[] values) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            if (!points.isEmpty() && points.get(points.size() - 1)[0] == times[i]) {
                points.get(points.size() - 1)[1] = values[i];
            } else if (points.isEmpty() || points.get(points.size() - 1)[1] != values[i]) {
                points.add(new double[] {times[i], values[i]});
            }
        }
        return points;
    }

    @Test
    void buildsWhatThePlainRuleGives() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 2_000; round++) {
            int n = random.nextInt(40);
            long[] times = new long[n];
            double[] values = new double[n];
            long t = 0;
            StepSeries.Builder builder = new StepSeries.Builder();
            for (int i = 0; i < n; i++) {
                t += random.nextInt(3);               // many changes at one instant, as a busy host makes
                times[i] = t;
                values[i] = random.nextInt(4);        // and many that change nothing
                builder.set(times[i], values[i]);
                assertEquals(values[i], builder.current());
            }
            StepSeries built = builder.build();
            List<double[]> want = expected(times, values);
            assertEquals(want.size(), built.size(), "round " + round);
            for (int i = 0; i < want.size(); i++) {
                assertEquals((long) want.get(i)[0], built.timeAt(i));
                assertEquals(want.get(i)[1], built.valueAt(i));
            }
            assertEquals(built, builder.build(), "building twice gives the same series");
        }
    }

    @Test
    void anEmptyBuilderBuildsTheEmptySeriesAndItsCurrentValueIsZero() {
        StepSeries.Builder builder = new StepSeries.Builder();
        assertEquals(0, builder.current());
        assertEquals(StepSeries.empty(), builder.build());
    }

    @Test
    void timeGoingBackwardsIsRefused() {
        StepSeries.Builder builder = new StepSeries.Builder().set(10, 1).set(20, 2);
        assertThrows(IllegalArgumentException.class, () -> builder.set(19, 3));
    }
}
