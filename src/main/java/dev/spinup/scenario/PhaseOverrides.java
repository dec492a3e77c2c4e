package dev.spinup.scenario;

import dev.spinup.engine.random.Distribution;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.host.HostSpec;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseLength;
import dev.spinup.model.startup.PhaseSpec;
import dev.spinup.scenario.json.EnumNames;
import dev.spinup.scenario.json.ObjectView;
import dev.spinup.scenario.json.Quote;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads {@code overrides.phases}: a phase, named as {@link EnumNames} writes its {@link PhaseKind}
 * ({@code "firmware"}, {@code "runtime"}), set to how long it takes alone, fixed or varying per instance
 * ({@link ValueDistributions}). The phase keeps the catalogue's split
 * into CPU, disk and waiting, stretched to the new total on the scenario's first host, and is cited
 * {@link Source#LESSON_SETTING}.
 */
final class PhaseOverrides {

    private PhaseOverrides() {
    }

    /** The durations asked for, each checked to be a phase this stack has and one that can be retimed. */
    static Map<PhaseKind, Distribution> read(ObjectView v, Collection<PhaseKind> available) {
        v.allow(EnumNames.all(PhaseKind.class).toArray(String[]::new));
        Map<PhaseKind, Distribution> chosen = new EnumMap<>(PhaseKind.class);
        for (String key : v.keys()) {
            Optional<PhaseKind> kind = EnumNames.parse(PhaseKind.class, key);
            if (kind.isEmpty()) {
                continue;
            }
            Optional<Distribution> duration = ValueDistributions.read(v, key);
            Optional<String> fixed = whyNotRetimable(kind.get());
            if (fixed.isPresent()) {
                v.problem(key, fixed.get());
            } else if (!available.contains(kind.get())) {
                v.problem(key, "this stack has no " + Quote.name(key) + " phase; its phases are "
                        + available.stream().filter(k -> whyNotRetimable(k).isEmpty()).map(EnumNames::of)
                        .collect(Collectors.joining(", ")));
            } else {
                duration.ifPresent(d -> chosen.put(kind.get(), d));
            }
        }
        Section.PHASES.finish(v);
        return chosen;
    }

    /** {@code phases} with every chosen phase among them retimed on {@code host}. */
    static List<PhaseSpec> apply(List<PhaseSpec> phases, Map<PhaseKind, Distribution> chosen, HostSpec host) {
        List<PhaseSpec> result = phases;
        for (PhaseSpec phase : phases) {
            Distribution target = chosen.get(phase.kind());
            if (target != null) {
                result = PhaseSpec.replaceIn(result, phase.kind(), p -> p.retimed(target, host.disk(), host.nic(),
                        Source.LESSON_SETTING, PhaseLength.streamFor(phase.kind())));
            }
        }
        return result;
    }

    /** The phases whose length is not a number of their own, with where to change them instead. */
    private static Optional<String> whyNotRetimable(PhaseKind kind) {
        return switch (kind) {
            case APP -> Optional.of("the app starts the same way on every stack: set its start with"
                    + " `workload.appOverrides.start`");
            case IMAGE_PULL -> Optional.of("an image pull takes as long as its missing layers take to download and"
                    + " unpack: change the image, the registry or `workload.cache` instead");
            case NODE_VM -> Optional.of("a container waits as long as its node VM takes to boot: change the"
                    + " phases of the `node` instead");
            case SHUTDOWN -> Optional.of("set how long stopping takes with `shutdown` (VM stacks) or `stop`"
                    + " (container stacks) in `overrides`");
            default -> Optional.empty();
        };
    }
}
