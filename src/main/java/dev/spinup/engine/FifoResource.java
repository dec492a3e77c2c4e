package dev.spinup.engine;

import dev.spinup.engine.stats.Tally;
import dev.spinup.engine.stats.TallySummary;
import dev.spinup.engine.stats.TimeWeighted;
import dev.spinup.engine.stats.TimeWeightedSummary;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/**
 * A resource with k identical servers and one first-come-first-served queue: a lock, a daemon, a toolstack, a
 * scheduler. Each request remembers how many were ahead of it and how long it waited, so a model can say why.
 */
public final class FifoResource {

    private final Simulation simulation;
    private final String name;
    private final int servers;
    private final ArrayDeque<Request> queue = new ArrayDeque<>();
    private final Tally waits = new Tally();
    private final TimeWeighted queueLength;
    private final TimeWeighted busyServers;
    private int busy;
    private QueueListener queueListener = QueueListener.NONE;

    /** Told when a request is granted (with its wait) and whenever the queue length changes. */
    public interface QueueListener {
        QueueListener NONE = new QueueListener() {
        };

        default void granted(Request request) {
        }

        default void queueChanged(long timeNanos, int queueLength, int busyServers) {
        }
    }

    public FifoResource(Simulation simulation, String name, int servers) {
        if (servers < 1) {
            throw new IllegalArgumentException(name + ": needs at least one server, was " + servers);
        }
        this.simulation = simulation;
        this.name = Objects.requireNonNull(name, "name");
        this.servers = servers;
        this.queueLength = new TimeWeighted(simulation.now(), 0);
        this.busyServers = new TimeWeighted(simulation.now(), 0);
    }

    public void setQueueListener(QueueListener listener) {
        this.queueListener = Objects.requireNonNull(listener, "listener");
    }

    public String name() {
        return name;
    }

    public int servers() {
        return servers;
    }

    public int busyServers() {
        return busy;
    }

    public int queueLength() {
        return queue.size();
    }

    /** Waiting times of every request granted so far, in nanoseconds. */
    public TallySummary waitingTimes() {
        return waits.summary();
    }

    /** The time-weighted queue length (not counting requests being served) up to now. */
    public TimeWeightedSummary queueLengthOverTime() {
        return queueLength.summary(simulation.now());
    }

    /** The time-weighted number of busy servers up to now; divided by the servers, the utilisation. */
    public TimeWeightedSummary busyServersOverTime() {
        return busyServers.summary(simulation.now());
    }

    /** Asks for a server; the request's completion succeeds when one is granted. */
    public Request acquire() {
        Request request = new Request(this, simulation.now(), busy < servers ? 0 : queue.size() + busy);
        if (busy < servers) {
            grant(request);
        } else {
            queue.add(request);
            queueChanged();
        }
        return request;
    }

    /** Holds a server while {@code body} runs and releases it afterwards, whether the body succeeds or fails. */
    public <T> Completion<T> hold(Supplier<Completion<T>> body) {
        Request request = acquire();
        Completion<T> result = request.completion().then(granted -> body.get());
        result.whenDone(done -> request.release());
        return result;
    }

    private void grant(Request request) {
        busy++;
        request.grantedAt = simulation.now();
        waits.add(request.grantedAt - request.requestedAt);
        queueListener.granted(request);
        queueChanged();
        request.completion.succeed(request);
    }

    private void release(Request request) {
        if (request.releasedAt >= 0 || request.grantedAt < 0) {
            throw new IllegalStateException(name + ": release of a request that does not hold a server");
        }
        request.releasedAt = simulation.now();
        busy--;
        Request next = queue.poll();
        if (next != null) {
            grant(next);
        } else {
            queueChanged();
        }
    }

    private void withdraw(Request request, String reason) {
        if (request.grantedAt >= 0) {
            if (request.releasedAt < 0) {
                release(request);
            }
            return;
        }
        if (queue.remove(request)) {
            queueChanged();
            request.completion.fail(new CancellationException(reason));
        }
    }

    private void queueChanged() {
        long now = simulation.now();
        queueLength.update(now, queue.size());
        busyServers.update(now, busy);
        queueListener.queueChanged(now, queue.size(), busy);
    }

    /** One claim on a server: waiting, holding, or released. */
    public static final class Request {
        private final FifoResource resource;
        private final long requestedAt;
        private final int aheadAtArrival;
        private final Completion<Request> completion;
        private long grantedAt = -1;
        private long releasedAt = -1;

        private Request(FifoResource resource, long requestedAt, int aheadAtArrival) {
            this.resource = resource;
            this.requestedAt = requestedAt;
            this.aheadAtArrival = aheadAtArrival;
            this.completion = resource.simulation.completion();
        }

        public FifoResource resource() {
            return resource;
        }

        public Completion<Request> completion() {
            return completion;
        }

        public long requestedAt() {
            return requestedAt;
        }

        /** Requests queued ahead or holding a server when this one arrived (0 if a server was free at once). */
        public int aheadAtArrival() {
            return aheadAtArrival;
        }

        /** Time spent queueing, or -1 while still waiting. */
        public long waitedNanos() {
            return grantedAt < 0 ? -1 : grantedAt - requestedAt;
        }

        public void release() {
            resource.release(this);
        }

        /** Leaves the queue (failing the completion) or gives the server back if already granted. */
        public void withdraw(String reason) {
            resource.withdraw(this, reason);
        }
    }
}
