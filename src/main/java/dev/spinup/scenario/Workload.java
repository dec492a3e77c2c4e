package dev.spinup.scenario;

import dev.spinup.model.image.Image;
import dev.spinup.model.runtime.SteadyStateLoad;
import dev.spinup.model.runtime.PlacementPolicy;
import dev.spinup.model.stack.AppProfile;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What every stack runs: {@code instances} copies of one app (from {@code image} when containerised), arriving
 * by {@code arrival}, placed on hosts by {@code placement}; {@code preloaded} images are on every host before the
 * run starts (a warm cache), anything else must be pulled. With {@code inFlight}, at most that many starts are in
 * progress at once; the others wait outside the hosts, in order (a launcher's concurrency limit). With
 * {@code steadyState}, each instance runs those benchmarks once it is ready (how fast it runs after the start).
 */
public record Workload(AppProfile app, Image image, int instances, Arrival arrival, PlacementPolicy placement,
                       List<Image> preloaded, OptionalInt inFlight, Optional<SteadyStateLoad> steadyState) {

    public Workload {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(image, "image");
        if (instances < 0) {
            throw new IllegalArgumentException("instances cannot be negative");
        }
        Objects.requireNonNull(arrival, "arrival");
        Objects.requireNonNull(placement, "placement");
        preloaded = List.copyOf(preloaded);
        Objects.requireNonNull(inFlight, "inFlight");
        if (inFlight.isPresent() && inFlight.getAsInt() < 1) {
            throw new IllegalArgumentException("at least one start must be allowed in flight");
        }
        Objects.requireNonNull(steadyState, "steadyState");
    }

    /** A workload that runs no steady-state benchmarks once its instances are ready. */
    public Workload(AppProfile app, Image image, int instances, Arrival arrival, PlacementPolicy placement,
                    List<Image> preloaded, OptionalInt inFlight) {
        this(app, image, instances, arrival, placement, preloaded, inFlight, Optional.empty());
    }

    /** A workload whose starts are all issued at once, however many arrive together. */
    public Workload(AppProfile app, Image image, int instances, Arrival arrival, PlacementPolicy placement,
                    List<Image> preloaded) {
        this(app, image, instances, arrival, placement, preloaded, OptionalInt.empty());
    }

    public Workload withInstances(int count) {
        return new Workload(app, image, count, arrival, placement, preloaded, inFlight, steadyState);
    }
}
