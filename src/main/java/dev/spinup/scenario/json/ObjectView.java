package dev.spinup.scenario.json;

import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Typed, problem-collecting access to one JSON object of a scenario file, for the code that maps files to
 * scenarios:
 * <pre>{@code
 * var w = root.object("workload");
 * int n = w.requiredInt("instances", 1, 100_000);
 * Optional<Duration> delay = w.optionalDuration("delay");
 * w.rejectUnknownKeys();
 * ...
 * problems.throwIfAny();   // only now are the values above trustworthy
 * }</pre>
 * Nothing here throws on bad input. A wrong, missing or out-of-range value records a {@link Problem} and reading
 * carries on, so a file's problems are all reported at once. {@code required*} methods then return a harmless
 * placeholder (the minimum, zero, empty text, the first enum constant) and {@code optional*} methods return empty
 * or the default; call {@link Problems#throwIfAny()} before building anything from what was read.
 *
 * <p>A view may be <em>absent</em> (a missing or mistyped object): the problem was reported once where it
 * occurred, and every read from the absent view quietly returns placeholders, so one mistake is not echoed by a
 * cascade of "missing field" problems. Optional fields written as {@code null} count as not given.
 */
public final class ObjectView {

    private final Optional<ObjectNode> node;
    private final JsonPath path;
    private final SourcePosition position;
    private final Problems problems;
    private final Map<String, ObjectNode.Member> members;
    private final Set<String> asked = new LinkedHashSet<>();

    private ObjectView(Optional<ObjectNode> node, JsonPath path, SourcePosition position, Problems problems) {
        this.node = node;
        this.path = path;
        this.position = position;
        this.problems = problems;
        Map<String, ObjectNode.Member> byKey = new LinkedHashMap<>();
        node.ifPresent(n -> n.members().forEach(m -> byKey.put(m.key(), m)));
        this.members = Collections.unmodifiableMap(byKey);
    }

    /** A view of an object node. */
    public static ObjectView of(ObjectNode node, Problems problems) {
        return new ObjectView(Optional.of(node), node.path(), node.position(), problems);
    }

    /**
     * The view of a document's root, which must be an object. An empty tree (unreadable file, already reported)
     * or a root of another kind (reported here) gives an absent view.
     */
    public static ObjectView root(Optional<JsonNode> tree, Problems problems) {
        if (tree.isEmpty()) {
            return absent(JsonPath.ROOT, SourcePosition.START, problems);
        }
        return Values.object(tree.get(), problems).map(o -> of(o, problems))
                .orElseGet(() -> absent(JsonPath.ROOT, tree.get().position(), problems));
    }

    static ObjectView absent(JsonPath path, SourcePosition position, Problems problems) {
        return new ObjectView(Optional.empty(), path, position, problems);
    }

    /** False for a view standing in for a missing or mistyped object. */
    public boolean isPresent() {
        return node.isPresent();
    }

    public JsonPath path() {
        return path;
    }

    public SourcePosition position() {
        return position;
    }

    /** The collector this view reports into, for the mapper's own checks. */
    public Problems problems() {
        return problems;
    }

    /** The keys as written, in order. */
    public List<String> keys() {
        return List.copyOf(members.keySet());
    }

    /** Whether {@code key} is given (and not {@code null}); counts as asking for it. */
    public boolean has(String key) {
        return present(key).isPresent();
    }

    /** The raw node of {@code key}, if given; counts as asking for it. */
    public Optional<JsonNode> node(String key) {
        asked.add(key);
        return Optional.ofNullable(members.get(key)).map(ObjectNode.Member::value);
    }

    /** Every key asked for or allowed so far, in that order: what {@link #rejectUnknownKeys()} will accept. */
    public Set<String> askedKeys() {
        return Collections.unmodifiableSet(asked);
    }

    /** Declares keys as accepted without reading them (e.g. {@code "$schema"}), for {@link #rejectUnknownKeys()}. */
    public void allow(String... keys) {
        asked.addAll(List.of(keys));
    }

    public String requiredString(String key) {
        return required(key, Values::string, "");
    }

    public Optional<String> optionalString(String key) {
        return optional(key, Values::string);
    }

    public int requiredInt(String key, int min, int max) {
        return required(key, (n, p) -> Values.wholeNumber(n, min, max, p).map(Long::intValue), placeholder(min, max));
    }

    public int optionalInt(String key, int defaultValue, int min, int max) {
        return optional(key, (n, p) -> Values.wholeNumber(n, min, max, p).map(Long::intValue)).orElse(defaultValue);
    }

    public long requiredLong(String key, long min, long max) {
        return required(key, (n, p) -> Values.wholeNumber(n, min, max, p), (long) placeholder(min, max));
    }

    public long optionalLong(String key, long defaultValue, long min, long max) {
        return optional(key, (n, p) -> Values.wholeNumber(n, min, max, p)).orElse(defaultValue);
    }

    /** A plain number, for quantities without a unit (cores, fractions, factors). */
    public double requiredDouble(String key, double min, double max) {
        return required(key, (n, p) -> Values.number(n, min, max, p), Math.max(min, Math.min(0.0, max)));
    }

    public double optionalDouble(String key, double defaultValue, double min, double max) {
        return optional(key, (n, p) -> Values.number(n, min, max, p)).orElse(defaultValue);
    }

    public boolean requiredBoolean(String key) {
        return required(key, Values::bool, false);
    }

    public boolean optionalBoolean(String key, boolean defaultValue) {
        return optional(key, Values::bool).orElse(defaultValue);
    }

    /** A size with its unit, such as {@code "512 MiB"}; a bare number is a problem. */
    public DataSize requiredDataSize(String key) {
        return required(key, Values::dataSize, DataSize.ZERO);
    }

    public Optional<DataSize> optionalDataSize(String key) {
        return optional(key, Values::dataSize);
    }

    /** A duration with its unit, such as {@code "250 ms"}; a bare number is a problem. */
    public Duration requiredDuration(String key) {
        return required(key, Values::duration, Duration.ZERO);
    }

    public Optional<Duration> optionalDuration(String key) {
        return optional(key, Values::duration);
    }

    /** A rate with its unit, such as {@code "1 Gbit/s"} or {@code "500 MB/s"}; a bare number is a problem. */
    public DataRate requiredDataRate(String key) {
        return required(key, Values::dataRate, DataRate.ofBytesPerSecond(1));
    }

    public Optional<DataRate> optionalDataRate(String key) {
        return optional(key, Values::dataRate);
    }

    /** A constant written as {@link EnumNames} does ({@code ALL_AT_ONCE} as {@code "all-at-once"}). */
    public <E extends Enum<E>> E requiredEnum(String key, Class<E> type) {
        return required(key, (n, p) -> Values.enumValue(n, type, p), type.getEnumConstants()[0]);
    }

    public <E extends Enum<E>> Optional<E> optionalEnum(String key, Class<E> type) {
        return optional(key, (n, p) -> Values.enumValue(n, type, p));
    }

    /** A required nested object; absent (see class comment) when missing or not an object. */
    public ObjectView object(String key) {
        return requiredNode(key).flatMap(value -> Values.object(value, problems)).map(o -> of(o, problems))
                .orElseGet(() -> absent(path.key(key), where(key), problems));
    }

    /** A nested object that may be left out. */
    public Optional<ObjectView> optionalObject(String key) {
        return optional(key, Values::object).map(o -> of(o, problems));
    }

    /** A required array; an empty, absent view when missing or not an array. */
    public ArrayView array(String key) {
        return requiredNode(key).flatMap(value -> Values.array(value, problems)).map(a -> ArrayView.of(a, problems))
                .orElseGet(() -> ArrayView.absent(path.key(key), where(key), problems));
    }

    /** An array that may be left out. */
    public Optional<ArrayView> optionalArray(String key) {
        return optional(key, Values::array).map(a -> ArrayView.of(a, problems));
    }

    /** Records a problem about the value of {@code key} (or about this object if the key is not given). */
    public void problem(String key, String message) {
        Optional<JsonNode> value = Optional.ofNullable(members.get(key)).map(ObjectNode.Member::value);
        if (value.isPresent()) {
            problems.add(value.get(), message);
        } else {
            problems.add(position, path, message);
        }
    }

    /** Records a problem about this object as a whole. */
    public void problem(String message) {
        problems.add(position, path, message);
    }

    /**
     * Records a problem for every key that no method of this view has asked for, suggesting the closest known key:
     * "`instnaces` is not a field of `workload`; did you mean `instances`?". Call it after reading the object.
     */
    public void rejectUnknownKeys() {
        for (ObjectNode.Member member : members.values()) {
            if (asked.contains(member.key())) {
                continue;
            }
            String where = path.isRoot() ? "is not a top-level field" : "is not a field of " + path.label();
            String hint = Suggestions.closest(member.key(), asked)
                    .map(m -> "; did you mean " + Quote.name(m) + "?")
                    .orElseGet(this::knownKeysHint);
            problems.add(member.keyPosition(), path.key(member.key()), Quote.name(member.key()) + " " + where + hint);
        }
    }

    private String knownKeysHint() {
        if (asked.isEmpty() || asked.size() > 20) {
            return "";
        }
        return "; expected " + asked.stream().map(Quote::name).collect(Collectors.joining(", "));
    }

    private <T> T required(String key, BiFunction<JsonNode, Problems, Optional<T>> convert, T placeholder) {
        return requiredNode(key).flatMap(value -> convert.apply(value, problems)).orElse(placeholder);
    }

    private <T> Optional<T> optional(String key, BiFunction<JsonNode, Problems, Optional<T>> convert) {
        return present(key).flatMap(value -> convert.apply(value, problems));
    }

    /** The value of a required key; a missing key is reported here (once, and never for an absent view). */
    private Optional<JsonNode> requiredNode(String key) {
        Optional<JsonNode> value = node(key);
        if (value.isEmpty() && node.isPresent()) {
            problems.add(position, path, path.isRoot()
                    ? "the required top-level field " + Quote.name(key) + " is missing"
                    : path.label() + " is missing the required field " + Quote.name(key));
        }
        return value;
    }

    private Optional<JsonNode> present(String key) {
        return node(key).filter(value -> !(value instanceof NullNode));
    }

    private SourcePosition where(String key) {
        return Optional.ofNullable(members.get(key)).map(m -> m.value().position()).orElse(position);
    }

    private static int placeholder(int min, int max) {
        return Math.max(min, Math.min(0, max));
    }

    private static long placeholder(long min, long max) {
        return Math.max(min, Math.min(0L, max));
    }

    @Override
    public String toString() {
        return "ObjectView[" + path + (isPresent() ? "" : ", absent") + "]";
    }

}
