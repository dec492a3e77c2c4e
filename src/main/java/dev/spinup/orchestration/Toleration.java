package dev.spinup.orchestration;

import java.util.Objects;
import java.util.Optional;

/**
 * A pod's permission to land on nodes with matching taints. {@link Operator#EXISTS} with an empty key tolerates
 * every taint; an empty effect matches every effect (Kubernetes' rules, {@code v1.Toleration.ToleratesTaint}).
 */
public record Toleration(String key, Operator operator, String value, Optional<TaintEffect> effect) {

    /** How the toleration compares its value with the taint's. */
    public enum Operator { EQUAL, EXISTS }

    public Toleration {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(effect, "effect");
    }

    public static Toleration equal(String key, String value, TaintEffect effect) {
        return new Toleration(key, Operator.EQUAL, value, Optional.of(effect));
    }

    public static Toleration exists(String key) {
        return new Toleration(key, Operator.EXISTS, "", Optional.empty());
    }

    public boolean tolerates(Taint taint) {
        if (effect.isPresent() && effect.get() != taint.effect()) {
            return false;
        }
        if (key.isEmpty()) {
            return operator == Operator.EXISTS;
        }
        if (!key.equals(taint.key())) {
            return false;
        }
        return operator == Operator.EXISTS || value.equals(taint.value());
    }
}
