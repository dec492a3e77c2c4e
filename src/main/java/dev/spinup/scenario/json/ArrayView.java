package dev.spinup.scenario.json;

import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Typed, problem-collecting access to one JSON array of a scenario file; the companion of {@link ObjectView},
 * following the same rules: a bad element records a problem and is left out, and reading carries on.
 */
public final class ArrayView {

    private final Optional<ArrayNode> node;
    private final JsonPath path;
    private final SourcePosition position;
    private final Problems problems;

    private ArrayView(Optional<ArrayNode> node, JsonPath path, SourcePosition position, Problems problems) {
        this.node = node;
        this.path = path;
        this.position = position;
        this.problems = problems;
    }

    /** A view of an array node. */
    public static ArrayView of(ArrayNode node, Problems problems) {
        return new ArrayView(Optional.of(node), node.path(), node.position(), problems);
    }

    static ArrayView absent(JsonPath path, SourcePosition position, Problems problems) {
        return new ArrayView(Optional.empty(), path, position, problems);
    }

    /** False for a view standing in for a missing or mistyped array (it then has no elements). */
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

    public int size() {
        return nodes().size();
    }

    public boolean isEmpty() {
        return nodes().isEmpty();
    }

    /** The raw elements. */
    public List<JsonNode> nodes() {
        return node.map(ArrayNode::elements).orElse(List.of());
    }

    /** Records a problem unless the array has between {@code min} and {@code max} elements. */
    public void requireSize(int min, int max) {
        if (node.isEmpty() || (size() >= min && size() <= max)) {
            return;
        }
        String expected = min == max ? "exactly " + entries(min)
                : max == Integer.MAX_VALUE ? "at least " + entries(min)
                : "between " + min + " and " + max + " entries";
        problems.add(position, path, path.label() + " must have " + expected + ", not " + size());
    }

    /** The elements that are objects, as views; any other element is a problem. */
    public List<ObjectView> objects() {
        return each((n, p) -> Values.object(n, p).map(o -> ObjectView.of(o, p)));
    }

    /** The elements that are text; any other element is a problem. */
    public List<String> strings() {
        return each(Values::string);
    }

    /** The elements that are durations with their unit ({@code "250 ms"}); any other element is a problem. */
    public List<Duration> durations() {
        return each(Values::duration);
    }

    /** The elements that are sizes with their unit ({@code "200 MiB"}); any other element is a problem. */
    public List<DataSize> dataSizes() {
        return each(Values::dataSize);
    }

    /** The elements that are rates with their unit ({@code "500 MB/s"}); any other element is a problem. */
    public List<DataRate> dataRates() {
        return each(Values::dataRate);
    }

    /** The elements that are plain numbers; any other element is a problem. */
    public List<Double> numbers() {
        return each((n, p) -> Values.number(n, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, p));
    }

    /** The elements that are constants of {@code type} (written as {@link EnumNames} does). */
    public <E extends Enum<E>> List<E> enums(Class<E> type) {
        return each((n, p) -> Values.enumValue(n, type, p));
    }

    private <T> List<T> each(BiFunction<JsonNode, Problems, Optional<T>> convert) {
        return nodes().stream().flatMap(n -> convert.apply(n, problems).stream()).toList();
    }

    private static String entries(int n) {
        return n == 1 ? "1 entry" : n + " entries";
    }

    @Override
    public String toString() {
        return "ArrayView[" + path + (isPresent() ? "" : ", absent") + "]";
    }
}
