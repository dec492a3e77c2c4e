package dev.spinup.model.validation;

import dev.spinup.model.catalogue.Source;
import java.util.Objects;

/**
 * One figure of the model beside the published figure it should land on.
 *
 * @param quantity what is measured, e.g. "Firecracker boot to init, p50"
 * @param model the model's value, in {@code unit}
 * @param published the published figure as its source quotes it
 * @param accepted the values that count as landing on it, in {@code unit}
 */
public record ValidationRow(String quantity, String unit, double model, String published, Band accepted,
                            Source source) {

    public ValidationRow {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(accepted, "accepted");
        Objects.requireNonNull(source, "source");
    }

    public boolean within() {
        return accepted.contains(model);
    }
}
