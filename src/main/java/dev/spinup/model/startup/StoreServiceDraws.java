package dev.spinup.model.startup;

import dev.spinup.engine.random.Distribution;
import dev.spinup.engine.random.RandomStream;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The service times of a store that vary from operation to operation, in nanoseconds: each instance's operation
 * draws them from its own substream of one stream per store and term ({@code store/xenstore/per-request}), so every
 * stack whose store has the same distribution serves instance {@code k} equally fast (common random numbers). The
 * request counts stay fixed: they are the protocol's, the same for every operation.
 *
 * @param store the store's name, which names its streams
 */
public record StoreServiceDraws(String store, Optional<Distribution> perRequest,
                                Optional<Distribution> perRequestPerEntry) {

    public StoreServiceDraws {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(perRequest, "perRequest");
        Objects.requireNonNull(perRequestPerEntry, "perRequestPerEntry");
    }

    /** The stream a store's service time per request is drawn from. */
    public static String perRequestStream(String store) {
        return "store/" + store + "/per-request";
    }

    /** The stream a store's growth of service time per entry is drawn from. */
    public static String perRequestPerEntryStream(String store) {
        return "store/" + store + "/per-request-per-entry";
    }

    /** Whether any term varies. */
    public boolean any() {
        return perRequest.isPresent() || perRequestPerEntry.isPresent();
    }

    /** Every time multiplied by {@code f} (&gt; 0): the store on slower hardware, or its phase retimed. */
    StoreServiceDraws scaled(double f) {
        return new StoreServiceDraws(store, perRequest.map(d -> d.scaled(f)), perRequestPerEntry.map(d -> d.scaled(f)));
    }

    /** One operation's service time per request, drawn from its substream, or {@code fixed} when it does not vary. */
    long perRequestNanos(long fixed, Function<String, RandomStream> streams) {
        return perRequest.map(d -> draw(d, streams.apply(perRequestStream(store)))).orElse(fixed);
    }

    /** One operation's growth per entry, drawn from its substream, or {@code fixed} when it does not vary. */
    long perRequestPerEntryNanos(long fixed, Function<String, RandomStream> streams) {
        return perRequestPerEntry.map(d -> draw(d, streams.apply(perRequestPerEntryStream(store)))).orElse(fixed);
    }

    private static long draw(Distribution nanos, RandomStream stream) {
        return Math.max(0, Math.round(nanos.sample(stream)));
    }
}
