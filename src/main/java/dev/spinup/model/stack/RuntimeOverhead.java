package dev.spinup.model.stack;

import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;
import java.time.Duration;

/**
 * Steady-state cost of a stack relative to bare metal, per resource class: the slowdown factor of CPU-bound work,
 * of memory-bandwidth-bound work, of system calls and of random I/O, and the latency a network round trip gains.
 */
public record RuntimeOverhead(Cited<Double> cpu, Cited<Double> memoryBandwidth, Cited<Double> syscall,
                              Cited<Double> randomIo, Cited<Duration> networkRoundTrip) {

    /**
     * A bare-metal round trip on the Felter et al. 10 GbE set-up: KVM's ~30 µs is +80 %, so native is 30 / 0.8
     * = 37.5 µs. Each stack's round-trip overhead is a latency added to it.
     */
    public static final Cited<Duration> NATIVE_ROUND_TRIP = Cited.of(Duration.ofNanos(37_500),
            Source.NETWORK_RTT_OVERHEAD);

    public RuntimeOverhead {
        requireFactor(cpu, "cpu");
        requireFactor(memoryBandwidth, "memory bandwidth");
        requireFactor(syscall, "syscall");
        requireFactor(randomIo, "random I/O");
        if (networkRoundTrip.value().isNegative()) {
            throw new IllegalArgumentException("network round-trip overhead cannot be negative");
        }
    }

    /**
     * How many times longer work of {@code kind} takes than on bare metal; a round trip's factor is
     * {@code (native + added) / native}, with the native round trip {@link #NATIVE_ROUND_TRIP}.
     */
    public double slowdown(ResourceClass kind) {
        return switch (kind) {
            case CPU -> cpu.value();
            case MEMORY_BANDWIDTH -> memoryBandwidth.value();
            case SYSCALLS -> syscall.value();
            case RANDOM_IO -> randomIo.value();
            case NETWORK_ROUND_TRIP -> 1 + networkRoundTrip.value().toNanos() / (double) NATIVE_ROUND_TRIP.value().toNanos();
        };
    }

    /** Where the figure for {@code kind} comes from. */
    public Source source(ResourceClass kind) {
        return switch (kind) {
            case CPU -> cpu.source();
            case MEMORY_BANDWIDTH -> memoryBandwidth.source();
            case SYSCALLS -> syscall.source();
            case RANDOM_IO -> randomIo.source();
            case NETWORK_ROUND_TRIP -> networkRoundTrip.source();
        };
    }

    /**
     * This stack's work run inside {@code outer} (a container in a node VM): the factors multiply and the added
     * latencies add up. Each figure keeps the source of the larger of its two parts, the one that explains most.
     */
    public RuntimeOverhead inside(RuntimeOverhead outer) {
        return new RuntimeOverhead(times(cpu, outer.cpu), times(memoryBandwidth, outer.memoryBandwidth),
                times(syscall, outer.syscall), times(randomIo, outer.randomIo),
                Cited.of(networkRoundTrip.value().plus(outer.networkRoundTrip.value()),
                        networkRoundTrip.value().compareTo(outer.networkRoundTrip.value()) >= 0
                                ? networkRoundTrip.source() : outer.networkRoundTrip.source()));
    }

    /**
     * This overhead with every factor, and the whole round trip, {@code factor} times slower: a level of nested
     * virtualization on top, cited to {@code source}.
     */
    public RuntimeOverhead nested(double factor, Source source) {
        long nativeRoundTrip = NATIVE_ROUND_TRIP.value().toNanos();
        long roundTrip = Math.round((nativeRoundTrip + networkRoundTrip.value().toNanos()) * factor);
        return new RuntimeOverhead(Cited.of(cpu.value() * factor, source),
                Cited.of(memoryBandwidth.value() * factor, source), Cited.of(syscall.value() * factor, source),
                Cited.of(randomIo.value() * factor, source),
                Cited.of(Duration.ofNanos(roundTrip - nativeRoundTrip), source));
    }

    private static Cited<Double> times(Cited<Double> inner, Cited<Double> outer) {
        return Cited.of(inner.value() * outer.value(), inner.value() >= outer.value() ? inner.source()
                : outer.source());
    }

    private static void requireFactor(Cited<Double> factor, String what) {
        if (!(factor.value() >= 1.0) || factor.value().isInfinite()) {
            throw new IllegalArgumentException(what + " overhead factor must be at least 1.0, was " + factor.value());
        }
    }
}
