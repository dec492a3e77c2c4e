package dev.spinup.model.startup;

import dev.spinup.model.catalogue.Source;
import dev.spinup.model.host.ResourceKind;
import java.util.Objects;

/**
 * One stretch of a phase, from start to end, and what the instance was doing in it: the "why" of a wait at the
 * moment it happened. A phase's intervals follow one another without gap or overlap, so their durations add up to
 * the phase's exactly. Each names what it waited for (a resource, a serialization point, a layer) and the
 * {@link Source} of the number behind it.
 */
public sealed interface PhaseInterval {

    long startNanos();

    long endNanos();

    Source source();

    default long durationNanos() {
        return endNanos() - startNanos();
    }

    /** Work on a shared resource of the host, with {@code others} other jobs on it on average. */
    record Working(long startNanos, long endNanos, ResourceKind resource, double others, Source source)
            implements PhaseInterval {
        public Working {
            check(startNanos, endNanos, source);
            Objects.requireNonNull(resource, "resource");
        }
    }

    /** CPU work stretched because the host was swapping: the share of the job beyond its unswapped work. */
    record Swapping(long startNanos, long endNanos, Source source) implements PhaseInterval {
        public Swapping {
            check(startNanos, endNanos, source);
        }
    }

    /** Queued at a serialization point of the host, behind {@code ahead} requests (the holder included). */
    record Queued(long startNanos, long endNanos, ControlPoint point, int ahead, Source source)
            implements PhaseInterval {
        public Queued {
            check(startNanos, endNanos, source);
            Objects.requireNonNull(point, "point");
        }
    }

    /** Holding a serialization point: the others queued there wait for this. */
    record Holding(long startNanos, long endNanos, ControlPoint point, Source source) implements PhaseInterval {
        public Holding {
            check(startNanos, endNanos, source);
            Objects.requireNonNull(point, "point");
        }
    }

    /** Time that uses no shared resource: a timer, device probing, a round trip to the registry's manifest. */
    record Delay(long startNanos, long endNanos, Source source) implements PhaseInterval {
        public Delay {
            check(startNanos, endNanos, source);
        }
    }

    /** Downloading and extracting the layers this instance's pull fetches itself. */
    record Pulling(long startNanos, long endNanos, String image, int layers, Source source) implements PhaseInterval {
        public Pulling {
            check(startNanos, endNanos, source);
            Objects.requireNonNull(image, "image");
        }
    }

    /** Waiting for a layer that another pull (of image {@code fetchedFor}) is fetching onto the same host. */
    record AwaitingLayer(long startNanos, long endNanos, String layerDigest, String fetchedFor, Source source)
            implements PhaseInterval {
        public AwaitingLayer {
            check(startNanos, endNanos, source);
            Objects.requireNonNull(layerDigest, "layerDigest");
            Objects.requireNonNull(fetchedFor, "fetchedFor");
        }
    }

    /** A container waiting for the node VM it will run in (a containers-in-VMs stack) to boot. */
    record AwaitingNodeVm(long startNanos, long endNanos, String nodeVm, Source source) implements PhaseInterval {
        public AwaitingNodeVm {
            check(startNanos, endNanos, source);
            Objects.requireNonNull(nodeVm, "nodeVm");
        }
    }

    private static void check(long start, long end, Source source) {
        if (end < start) {
            throw new IllegalArgumentException("an interval cannot end (" + end + ") before it starts (" + start
                    + ")");
        }
        Objects.requireNonNull(source, "source");
    }
}
