package dev.spinup.scenario.json;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A JSON object: its members in the order they were written, each with where its key was written. */
public record ObjectNode(SourcePosition position, JsonPath path, List<Member> members) implements JsonNode {

    /** One {@code "key": value} pair; {@code keyPosition} is where the key's opening quote is. */
    public record Member(String key, SourcePosition keyPosition, JsonNode value) {
        public Member {
            Objects.requireNonNull(keyPosition, "keyPosition");
            Objects.requireNonNull(value, "value");
            StringNode.requireWellFormed(Objects.requireNonNull(key, "key"));
        }
    }

    public ObjectNode {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(path, "path");
        members = List.copyOf(members);
        Set<String> keys = new HashSet<>();
        for (Member m : members) {
            if (!keys.add(m.key())) {
                throw new IllegalArgumentException("duplicate key " + Quote.name(m.key()) + " in object at " + path);
            }
        }
    }

    /** The value of member {@code key}, if present. */
    public Optional<JsonNode> get(String key) {
        return members.stream().filter(m -> m.key().equals(key)).map(Member::value).findFirst();
    }

    /** The keys in the order they were written. */
    public List<String> keys() {
        return members.stream().map(Member::key).toList();
    }

    @Override
    public String describe() {
        return "an object";
    }
}
