package dev.spinup.model.image;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One host's build cache, as in Docker's classic builder: a step's result is found by the digest below it, its
 * instruction and the hash of the content it copies. Because each result's digest is the next step's parent,
 * changing one step changes the key of every step after it.
 */
public final class BuildCache {

    /** What identifies a step's result. */
    public record Key(String parentDigest, String instruction, String contentHash) {

        /** The digest of the step's result: the layer's, or the configuration's for a metadata step. */
        public String resultDigest() {
            return ContentDigest.ofLayer(parentDigest, instruction, contentHash);
        }
    }

    private final Map<Key, Optional<ImageLayer>> results = new HashMap<>();

    public boolean contains(Key key) {
        return results.containsKey(key);
    }

    /** The layer the step produced; empty for a metadata step or an unknown key. */
    public Optional<ImageLayer> layer(Key key) {
        return results.getOrDefault(key, Optional.empty());
    }

    /** Remembers a step's result; {@code layer} is empty for a metadata step. */
    public void record(Key key, Optional<ImageLayer> layer) {
        results.put(key, layer);
    }

    public int size() {
        return results.size();
    }

    /** Forgets everything, like {@code docker builder prune --all}. */
    public void prune() {
        results.clear();
    }
}
