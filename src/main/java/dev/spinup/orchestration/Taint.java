package dev.spinup.orchestration;

import java.util.Objects;

/** A node's mark that repels pods without a matching toleration, e.g. {@code dedicated=gpu:NoSchedule}. */
public record Taint(String key, String value, TaintEffect effect) {

    public Taint {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(effect, "effect");
    }

    /** The taint the node lifecycle controller puts on a node that stopped reporting. */
    public static Taint notReady() {
        return new Taint("node.kubernetes.io/not-ready", "", TaintEffect.NO_EXECUTE);
    }
}
