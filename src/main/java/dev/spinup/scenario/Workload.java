package dev.spinup.scenario;

import dev.spinup.model.image.Image;
import dev.spinup.model.runtime.PlacementPolicy;
import dev.spinup.model.stack.AppProfile;
import java.util.List;
import java.util.Objects;

/**
 * What every stack runs: {@code instances} copies of one app (from {@code image} when containerised), arriving
 * by {@code arrival}, placed on hosts by {@code placement}; {@code preloaded} images are on every host before the
 * run starts (a warm cache), anything else must be pulled.
 */
public record Workload(AppProfile app, Image image, int instances, Arrival arrival, PlacementPolicy placement,
                       List<Image> preloaded) {

    public Workload {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(image, "image");
        if (instances < 0) {
            throw new IllegalArgumentException("instances cannot be negative");
        }
        Objects.requireNonNull(arrival, "arrival");
        Objects.requireNonNull(placement, "placement");
        preloaded = List.copyOf(preloaded);
    }

    public Workload withInstances(int count) {
        return new Workload(app, image, count, arrival, placement, preloaded);
    }
}
