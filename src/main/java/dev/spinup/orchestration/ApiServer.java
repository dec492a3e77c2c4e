package dev.spinup.orchestration;

import dev.spinup.engine.Completion;
import dev.spinup.engine.EventKind;
import dev.spinup.engine.Simulation;
import dev.spinup.engine.TokenBucket;
import dev.spinup.model.catalogue.Cited;
import java.util.Optional;

/**
 * The API server every component talks through: each request waits for its client's rate limiter (client-go's
 * QPS and burst), then for the server's own limit if one is set, then takes the request latency. Counts every
 * request served, so the request rate can be charted.
 */
public final class ApiServer {

    private static final EventKind SERVED = EventKind.of("api: request served");

    private final Simulation simulation;
    private final long latencyNanos;
    private final Optional<TokenBucket> serverLimit;
    private final CountSeries requests;
    private long served;

    public ApiServer(Simulation simulation, Cited<Long> latencyNanos, Optional<RateLimit> serverLimit) {
        this.simulation = simulation;
        this.latencyNanos = latencyNanos.value();
        this.serverLimit = serverLimit.map(limit -> limit.bucket(simulation, "api-server"));
        this.requests = new CountSeries(simulation.now());
    }

    /** A component's connection with its own rate limiter. */
    public Client client(String name, RateLimit limit) {
        return new Client(limit.bucket(simulation, name + " api client"));
    }

    public long requestsServed() {
        return served;
    }

    /** Requests served so far, as a step series over time. */
    public CountSeries requestSeries() {
        return requests;
    }

    /** One component's API connection. */
    public final class Client {
        private final TokenBucket bucket;

        private Client(TokenBucket bucket) {
            this.bucket = bucket;
        }

        /** Succeeds when the request has been served. */
        public Completion<Void> request() {
            Completion<Void> admitted = bucket.take();
            if (serverLimit.isPresent()) {
                admitted = admitted.then(ignored -> serverLimit.get().take());
            }
            return admitted.then(ignored -> simulation.delay(latencyNanos, SERVED)).map(ignored -> {
                served++;
                requests.set(simulation.now(), served);
                return null;
            });
        }

        public int waiting() {
            return bucket.waiting();
        }
    }
}
