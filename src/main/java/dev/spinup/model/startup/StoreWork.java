package dev.spinup.model.startup;

import dev.spinup.engine.random.Distribution;
import dev.spinup.engine.random.RandomStream;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The work one operation does on a host's control-plane store (XenStore, a daemon's mount table, the kernel's
 * namespace list), and how it grows as the store fills: {@code requests + requestsPerEntry · n} requests, each
 * served in {@code perRequest + perRequestPerEntry · n}, where {@code n} is the number of entries in the store (the
 * instances already live on the host). With both terms growing the time is quadratic in {@code n}: XenStore, where
 * each {@code xl create} makes ~3 more requests per running domain and each request is slower in a bigger store.
 *
 * @param requests requests an operation makes on an empty store
 * @param requestsPerEntry more requests for each entry already there
 * @param perRequest service time of one request on an empty store
 * @param perRequestPerEntry more service time per request for each entry already there
 * @param varies the service times each operation draws its own of (then the two above are their means)
 */
public record StoreWork(double requests, double requestsPerEntry, Duration perRequest, Duration perRequestPerEntry,
                        Optional<StoreServiceDraws> varies) {

    public StoreWork {
        if (!(requests >= 0) || !(requestsPerEntry >= 0) || Double.isInfinite(requests)
                || Double.isInfinite(requestsPerEntry)) {
            throw new IllegalArgumentException("request counts must be finite and not negative: " + requests
                    + ", " + requestsPerEntry);
        }
        requireNotNegative(perRequest, "time per request");
        requireNotNegative(perRequestPerEntry, "time per request per entry");
        Objects.requireNonNull(varies, "varies");
        varies = varies.filter(StoreServiceDraws::any);
    }

    /** A store whose every operation is served as fast as the last. */
    public StoreWork(double requests, double requestsPerEntry, Duration perRequest, Duration perRequestPerEntry) {
        this(requests, requestsPerEntry, perRequest, perRequestPerEntry, Optional.empty());
    }

    /** One request held for {@code hold}, plus {@code perEntry} for each entry: a lock whose holder scans a list. */
    public static StoreWork hold(Duration hold, Duration perEntry) {
        return new StoreWork(1, 0, hold, perEntry);
    }

    /** The time of one operation with {@code entries} entries already in the store, in nanoseconds. */
    public long nanos(int entries) {
        double n = Math.max(0, entries);
        return Math.round((requests + requestsPerEntry * n)
                * (perRequest.toNanos() + perRequestPerEntry.toNanos() * n));
    }

    /** The time of one operation on an empty store: what it takes alone on an empty host. */
    public long aloneNanos() {
        return nanos(0);
    }

    /** How much longer than on an empty store it takes with {@code entries} entries. */
    public long growthNanos(int entries) {
        return nanos(entries) - aloneNanos();
    }

    /** Whether the time grows at all with the store's contents. */
    public boolean grows() {
        return requestsPerEntry > 0 && perRequest.toNanos() + perRequestPerEntry.toNanos() > 0
                || perRequestPerEntry.toNanos() > 0 && requests + requestsPerEntry > 0;
    }

    /** Every service time multiplied by {@code f}; the request counts stay (a store on slower hardware). */
    public StoreWork retimed(double f) {
        return new StoreWork(requests, requestsPerEntry, times(perRequest, f), times(perRequestPerEntry, f),
                f > 0 ? varies.map(v -> v.scaled(f)) : Optional.empty());
    }

    public StoreWork withRequests(double count, double perEntry) {
        return new StoreWork(count, perEntry, perRequest, perRequestPerEntry, varies);
    }

    /** The same service times in every operation. */
    public StoreWork withServiceTime(Duration time, Duration perEntry) {
        return new StoreWork(requests, requestsPerEntry, time, perEntry);
    }

    /**
     * Service times of which each operation draws its own, where a distribution is given (in nanoseconds), the
     * others {@code time} and {@code perEntry} as given; the nominal times are the distributions' means.
     */
    public StoreWork withServiceTimeVarying(String store, Duration time, Optional<Distribution> timeVaries,
                                            Duration perEntry, Optional<Distribution> perEntryVaries) {
        return new StoreWork(requests, requestsPerEntry, timeVaries.map(StoreWork::mean).orElse(time),
                perEntryVaries.map(StoreWork::mean).orElse(perEntry),
                Optional.of(new StoreServiceDraws(store, timeVaries, perEntryVaries)));
    }

    /** The work of one operation: its varying service times drawn from its substreams, or this when none vary. */
    public StoreWork drawn(Function<String, RandomStream> streams) {
        if (varies.isEmpty()) {
            return this;
        }
        StoreServiceDraws v = varies.get();
        return new StoreWork(requests, requestsPerEntry,
                Duration.ofNanos(v.perRequestNanos(perRequest.toNanos(), streams)),
                Duration.ofNanos(v.perRequestPerEntryNanos(perRequestPerEntry.toNanos(), streams)));
    }

    private static Duration mean(Distribution nanos) {
        return Duration.ofNanos(Math.max(0, Math.round(nanos.mean())));
    }

    private static Duration times(Duration d, double f) {
        return Duration.ofNanos(Math.round(d.toNanos() * f));
    }

    private static void requireNotNegative(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isNegative()) {
            throw new IllegalArgumentException(what + " cannot be negative: " + d);
        }
    }
}
