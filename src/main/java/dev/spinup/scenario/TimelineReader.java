package dev.spinup.scenario;

import dev.spinup.model.image.Dockerfile;
import dev.spinup.model.image.Image;
import dev.spinup.scenario.json.ArrayView;
import dev.spinup.scenario.json.EnumNames;
import dev.spinup.scenario.json.ObjectView;
import dev.spinup.scenario.json.Quote;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@code timeline}: actions at moments of the run, each {@code {"at": "30 s", "action": ...}} with the
 * keys its action takes. Hosts and images they name must exist. Actions are returned in time order (those at the
 * same moment in the order written).
 */
final class TimelineReader {

    /** The actions a timeline can hold, each with the keys it takes besides {@code at} and {@code action}. */
    enum Kind {
        START(List.of("count", "inFlight")),
        STOP(List.of("count")),
        SCALE(List.of("to", "inFlight")),
        PULL(List.of("image", "host")),
        BUILD(List.of("tag", "dockerfile", "host")),
        FAIL_HOST(List.of("host"));

        final List<String> keys;

        Kind(List<String> keys) {
            this.keys = keys;
        }
    }

    /** The timeline, and how many instances its start and scale actions may create at most. */
    record Timeline(List<TimedAction> actions, long instancesAskedFor) {
    }

    private final HostNames hosts;
    private final ImageLibrary images;

    private TimelineReader(HostNames hosts, ImageLibrary images) {
        this.hosts = hosts;
        this.images = images;
    }

    static Timeline read(Optional<ArrayView> section, HostNames hosts, ImageLibrary images) {
        if (section.isEmpty()) {
            return new Timeline(List.of(), 0);
        }
        ArrayView array = section.get();
        array.requireSize(0, ScenarioLimits.MAX_TIMELINE_ACTIONS);
        TimelineReader reader = new TimelineReader(hosts, images);
        List<TimedAction> actions = new ArrayList<>();
        long asked = 0;
        for (ObjectView v : array.objects()) {
            int problemsBefore = array.problems().size();
            Optional<TimedAction> action = reader.action(v);
            if (action.isPresent()) {
                actions.add(action.get());
                // a refused count stands in as a placeholder; it must not inflate the total reported later
                asked += array.problems().size() == problemsBefore ? instancesAskedFor(action.get().action()) : 0;
            }
        }
        actions.sort(Comparator.comparing(TimedAction::at));
        return new Timeline(actions, asked);
    }

    private static long instancesAskedFor(TimedAction.Action action) {
        if (action instanceof TimedAction.Start start) {
            return start.count();
        }
        return action instanceof TimedAction.Scale scale ? scale.to() : 0;
    }

    private Optional<TimedAction> action(ObjectView v) {
        Duration at = Bounds.requiredDuration(v, "at", Duration.ZERO, ScenarioLimits.MAX_HORIZON);
        if (!v.has("action")) {
            v.requiredEnum("action", Kind.class);
        }
        Optional<Kind> kind = v.optionalEnum("action", Kind.class);
        if (kind.isEmpty()) {
            v.allow(Section.ACTION.keys().toArray(String[]::new));
            Section.ACTION.finish(v);
            return Optional.empty();
        }
        for (Kind other : Kind.values()) {
            for (String key : other.keys) {
                if (!kind.get().keys.contains(key) && v.node(key).isPresent()) {
                    v.problem(key, Quote.name(key) + " is not a field of a " + Quote.name(EnumNames.of(kind.get()))
                            + " action");
                }
            }
        }
        Optional<TimedAction.Action> action = switch (kind.get()) {
            case START -> Optional.of(new TimedAction.Start(
                    Bounds.limitedCount(v, "count", 1, ScenarioLimits.MAX_INSTANCES, "instances"),
                    WorkloadReader.inFlight(v)));
            case STOP -> Optional.of(new TimedAction.Stop(
                    Bounds.limitedCount(v, "count", 1, ScenarioLimits.MAX_INSTANCES, "instances")));
            case SCALE -> Optional.of(new TimedAction.Scale(
                    Bounds.limitedCount(v, "to", 0, ScenarioLimits.MAX_INSTANCES, "instances"),
                    WorkloadReader.inFlight(v)));
            case PULL -> pull(v);
            case BUILD -> build(v);
            case FAIL_HOST -> host(v, true).map(TimedAction.FailHost::new);
        };
        Section.ACTION.finish(v);
        return action.map(a -> new TimedAction(at, a));
    }

    private Optional<TimedAction.Action> pull(ObjectView v) {
        Optional<Image> image = images.resolve(v, "image", true);
        Optional<String> host = host(v, false);
        boolean hostOk = host.isPresent() || !v.has("host");
        return image.filter(i -> hostOk).map(i -> new TimedAction.Pull(i, host));
    }

    private Optional<TimedAction.Action> build(ObjectView v) {
        Optional<String> tag = Identifiers.imageReference(v, "tag", true);
        if (tag.isPresent() && images.find(tag.get()).isPresent()) {
            v.problem("tag", "the tag " + Quote.name(tag.get()) + " is already an image; give the build its own tag");
            tag = Optional.empty();
        }
        Optional<Dockerfile> dockerfile = v.has("dockerfile")
                ? v.optionalObject("dockerfile").flatMap(d -> DockerfileReader.read(d, images))
                : Optional.empty();
        if (!v.has("dockerfile")) {
            v.object("dockerfile");
        }
        Optional<String> host = host(v, false);
        boolean hostOk = host.isPresent() || !v.has("host");
        Optional<String> finalTag = tag;
        return dockerfile.filter(d -> hostOk && finalTag.isPresent())
                .map(d -> new TimedAction.Build(d, finalTag.get(), host));
    }

    /** A host the action names, which must be one of the scenario's. */
    private Optional<String> host(ObjectView v, boolean required) {
        Optional<String> name = Identifiers.text(v, "host", required);
        if (name.isPresent() && !hosts.contains(name.get())) {
            v.problem("host", "unknown host " + Quote.name(name.get()) + "; the hosts are " + hosts.examples());
            return Optional.empty();
        }
        return name;
    }
}
