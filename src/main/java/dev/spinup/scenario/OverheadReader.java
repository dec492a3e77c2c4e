package dev.spinup.scenario;

import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.stack.RuntimeOverhead;
import dev.spinup.scenario.json.ObjectView;
import java.time.Duration;

/** Reads {@code overrides.overhead}: the steady-state slowdown factors of a stack, each kept unless given. */
final class OverheadReader {

    private static final double MAX_FACTOR = 100;

    private OverheadReader() {
    }

    static RuntimeOverhead read(ObjectView v, RuntimeOverhead d) {
        Cited<Double> cpu = factor(v, "cpu", d.cpu());
        Cited<Double> syscall = factor(v, "syscall", d.syscall());
        Cited<Double> randomIo = factor(v, "randomIo", d.randomIo());
        Cited<Duration> roundTrip = Bounds.anyDuration(v, "networkRoundTrip").map(LessonSetting::cite)
                .orElse(d.networkRoundTrip());
        Section.OVERHEAD.finish(v);
        return new RuntimeOverhead(cpu, syscall, randomIo, roundTrip);
    }

    /** A slowdown factor: 1.0 is bare-metal speed, 2.0 takes twice as long. */
    private static Cited<Double> factor(ObjectView v, String key, Cited<Double> d) {
        if (!v.has(key)) {
            return d;
        }
        return LessonSetting.cite(v.optionalDouble(key, d.value(), 1.0, MAX_FACTOR));
    }
}
