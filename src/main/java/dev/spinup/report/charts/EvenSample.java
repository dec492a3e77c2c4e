package dev.spinup.report.charts;

import java.util.ArrayList;
import java.util.List;

/** Picks up to {@code limit} items spread evenly over a list, always keeping the first and the last. */
final class EvenSample {

    private EvenSample() {
    }

    static <T> List<T> of(List<T> items, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a sample needs room for at least one item, not " + limit);
        }
        int n = items.size();
        if (n <= limit) {
            return List.copyOf(items);
        }
        List<T> picked = new ArrayList<>(limit);
        if (limit == 1) {
            picked.add(items.get(0));
            return picked;
        }
        for (int k = 0; k < limit; k++) {
            picked.add(items.get((int) Math.round(k * (n - 1) / (double) (limit - 1))));
        }
        return picked;
    }
}
