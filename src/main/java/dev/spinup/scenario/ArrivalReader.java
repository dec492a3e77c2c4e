package dev.spinup.scenario;

import dev.spinup.scenario.json.EnumNames;
import dev.spinup.scenario.json.JsonNode;
import dev.spinup.scenario.json.ObjectView;
import dev.spinup.scenario.json.Quote;
import dev.spinup.scenario.json.StringNode;
import java.util.Optional;

/**
 * Reads {@code workload.arrival}: {@code {"pattern": "all-at-once"}} (the default, also written as just
 * {@code "all-at-once"}), {@code {"pattern": "staggered", "every": "1 s"}}, {@code {"pattern": "ramp", "over":
 * "60 s"}} or {@code {"pattern": "poisson", "perSecond": 5}}.
 */
final class ArrivalReader {

    /** The arrival patterns, each with the one key that sets it (none for all at once). */
    enum Pattern {
        ALL_AT_ONCE(""),
        STAGGERED("every"),
        RAMP("over"),
        POISSON("perSecond");

        final String parameter;

        Pattern(String parameter) {
            this.parameter = parameter;
        }
    }

    private static final double MAX_PER_SECOND = 1e6;

    private ArrivalReader() {
    }

    static Arrival read(ObjectView workload) {
        Optional<JsonNode> node = workload.node("arrival");
        if (node.isEmpty() || !workload.has("arrival")) {
            return new Arrival.AllAtOnce();
        }
        if (node.get() instanceof StringNode text) {
            Optional<Pattern> pattern = workload.optionalEnum("arrival", Pattern.class);
            if (pattern.isPresent() && pattern.get() != Pattern.ALL_AT_ONCE) {
                workload.problem("arrival", "a " + Quote.name(text.value()) + " arrival needs "
                        + Quote.name(pattern.get().parameter) + ": write it as an object, such as "
                        + example(pattern.get()));
            }
            return new Arrival.AllAtOnce();
        }
        return workload.optionalObject("arrival").map(ArrivalReader::pattern).orElseGet(Arrival.AllAtOnce::new);
    }

    private static Arrival pattern(ObjectView v) {
        if (!v.has("pattern")) {
            v.requiredEnum("pattern", Pattern.class);
        }
        Optional<Pattern> read = v.optionalEnum("pattern", Pattern.class);
        boolean known = read.isPresent();
        Pattern pattern = read.orElse(Pattern.ALL_AT_ONCE);
        for (Pattern other : Pattern.values()) {
            if (known && other != pattern && !other.parameter.isEmpty() && v.node(other.parameter).isPresent()) {
                v.problem(other.parameter, Quote.name(other.parameter) + " belongs to a "
                        + Quote.name(EnumNames.of(other)) + " arrival, not to a " + Quote.name(EnumNames.of(pattern))
                        + " one");
            }
        }
        Arrival arrival = switch (pattern) {
            case ALL_AT_ONCE -> new Arrival.AllAtOnce();
            case STAGGERED -> new Arrival.Staggered(Bounds.requiredPositiveDuration(v, "every"));
            case RAMP -> new Arrival.Ramp(Bounds.requiredPositiveDuration(v, "over"));
            case POISSON -> poisson(v);
        };
        if (!known) {
            v.allow(Section.ARRIVAL.keys().toArray(String[]::new));
        }
        Section.ARRIVAL.finish(v);
        return arrival;
    }

    private static Arrival poisson(ObjectView v) {
        double perSecond = v.requiredDouble("perSecond", 0, MAX_PER_SECOND);
        if (v.has("perSecond") && perSecond == 0) {
            v.problem("perSecond", "`perSecond` must be more than zero");
        }
        return new Arrival.Poisson(perSecond > 0 ? perSecond : 1);
    }

    private static String example(Pattern pattern) {
        return switch (pattern) {
            case STAGGERED -> "{\"pattern\": \"staggered\", \"every\": \"1 s\"}";
            case RAMP -> "{\"pattern\": \"ramp\", \"over\": \"60 s\"}";
            case POISSON -> "{\"pattern\": \"poisson\", \"perSecond\": 5}";
            case ALL_AT_ONCE -> "{\"pattern\": \"all-at-once\"}";
        };
    }
}
