package dev.spinup.scenario;

import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.profiles.OverheadProfile;
import dev.spinup.model.stack.RuntimeOverhead;
import dev.spinup.scenario.json.JsonNode;
import dev.spinup.scenario.json.ObjectView;
import dev.spinup.scenario.json.StringNode;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads {@code overrides.overhead}: the steady-state slowdown factors of a stack. Written as a catalogue profile's
 * name ({@code "kvm-untuned"}), it takes that profile with its sources; as an object, each factor is kept unless
 * given, starting from its {@code profile} when it names one.
 */
final class OverheadReader {

    private static final double MAX_FACTOR = 100;

    private OverheadReader() {
    }

    /** The overhead {@code overrides} asks for, or {@code d} when it sets none. */
    static RuntimeOverhead readIn(ObjectView overrides, RuntimeOverhead d) {
        Optional<JsonNode> node = overrides.node("overhead");
        if (node.isPresent() && node.get() instanceof StringNode) {
            return overrides.optionalEnum("overhead", OverheadProfile.class).map(OverheadProfile::overhead).orElse(d);
        }
        return overrides.optionalObject("overhead").map(x -> read(x, d)).orElse(d);
    }

    private static RuntimeOverhead read(ObjectView v, RuntimeOverhead fallback) {
        RuntimeOverhead d = v.optionalEnum("profile", OverheadProfile.class).map(OverheadProfile::overhead)
                .orElse(fallback);
        Cited<Double> cpu = factor(v, "cpu", d.cpu());
        Cited<Double> memory = factor(v, "memoryBandwidth", d.memoryBandwidth());
        Cited<Double> syscall = factor(v, "syscall", d.syscall());
        Cited<Double> randomIo = factor(v, "randomIo", d.randomIo());
        Cited<Duration> roundTrip = Bounds.anyDuration(v, "networkRoundTrip").map(LessonSetting::cite)
                .orElse(d.networkRoundTrip());
        Section.OVERHEAD.finish(v);
        return new RuntimeOverhead(cpu, memory, syscall, randomIo, roundTrip);
    }

    /** A slowdown factor: 1.0 is bare-metal speed, 2.0 takes twice as long. */
    private static Cited<Double> factor(ObjectView v, String key, Cited<Double> d) {
        if (!v.has(key)) {
            return d;
        }
        return LessonSetting.cite(v.optionalDouble(key, d.value(), 1.0, MAX_FACTOR));
    }
}
