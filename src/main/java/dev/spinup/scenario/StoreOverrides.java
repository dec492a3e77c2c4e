package dev.spinup.scenario;

import dev.spinup.engine.random.Constant;
import dev.spinup.engine.random.Distribution;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.startup.ControlPoint;
import dev.spinup.model.startup.Demand;
import dev.spinup.model.startup.PhaseSpec;
import dev.spinup.model.startup.StoreServiceDraws;
import dev.spinup.model.startup.StoreWork;
import dev.spinup.scenario.json.EnumNames;
import dev.spinup.scenario.json.ObjectView;
import dev.spinup.scenario.json.Quote;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads {@code overrides.stores}: the growth terms of the control-plane stores a stack's phases use, by the store's
 * name (a control point such as {@code "xenstore"} or {@code "engine-daemon"}, or {@code "mount-table-scan"} for a
 * daemon's rescan of its mount table), each with any of {@code requests}, {@code requestsPerEntry},
 * {@code perRequest} and {@code perRequestPerEntry}. A phase whose store is changed is cited to the lesson.
 */
final class StoreOverrides {

    /** The name of the store a live scan works on (it has no control point: every process scans its own copy). */
    static final String MOUNT_TABLE_SCAN = "mount-table-scan";
    private static final double MAX_REQUESTS = 1_000_000;

    private StoreOverrides() {
    }

    /** Every store name a scenario may write; a cloud's API limit is a rate, set as {@code apiLimit}, not a store. */
    static List<String> names() {
        return Stream.concat(EnumNames.all(ControlPoint.class).stream()
                .filter(name -> !name.equals(EnumNames.of(ControlPoint.CLOUD_API))), Stream.of(MOUNT_TABLE_SCAN))
                .toList();
    }

    /** The store a demand works on, if it is one. */
    static Optional<String> storeOf(Demand demand) {
        if (demand instanceof Demand.Critical critical) {
            return Optional.of(EnumNames.of(critical.point()));
        }
        return demand instanceof Demand.LiveScan ? Optional.of(MOUNT_TABLE_SCAN) : Optional.empty();
    }

    static StoreWork workOf(Demand demand) {
        return demand instanceof Demand.Critical critical ? critical.work() : ((Demand.LiveScan) demand).work();
    }

    /** {@code phases} with the stores {@code v} sets changed; a store the phases do not use is a problem. */
    static List<PhaseSpec> apply(ObjectView v, List<PhaseSpec> phases) {
        v.allow(names().toArray(String[]::new));
        Set<String> used = new LinkedHashSet<>();
        phases.forEach(p -> p.demands().forEach(d -> storeOf(d).ifPresent(used::add)));
        List<PhaseSpec> result = phases;
        for (String key : v.keys()) {
            if (!names().contains(key)) {
                continue;
            }
            if (!used.contains(key)) {
                v.problem(key, "this stack uses no " + Quote.name(key) + " store; its stores are "
                        + (used.isEmpty() ? "none" : String.join(", ", used)));
                continue;
            }
            Optional<ObjectView> terms = v.optionalObject(key);
            if (terms.isPresent()) {
                result = replace(result, key, terms.get());
            }
        }
        Section.STORES.finish(v);
        return result;
    }

    private static List<PhaseSpec> replace(List<PhaseSpec> phases, String store, ObjectView terms) {
        List<PhaseSpec> out = new ArrayList<>(phases.size());
        StoreWork[] changed = new StoreWork[1];
        for (PhaseSpec phase : phases) {
            List<Demand> demands = new ArrayList<>(phase.demands());
            boolean touched = false;
            for (int i = 0; i < demands.size(); i++) {
                Demand d = demands.get(i);
                if (storeOf(d).filter(store::equals).isEmpty()) {
                    continue;
                }
                if (changed[0] == null) {
                    changed[0] = read(terms, workOf(d), store);
                }
                demands.set(i, d instanceof Demand.Critical c ? new Demand.Critical(c.point(), changed[0])
                        : new Demand.LiveScan(changed[0]));
                touched = true;
            }
            out.add(touched ? new PhaseSpec(phase.kind(), demands, Source.LESSON_SETTING, phase.note()
                    + " The lesson sets the " + store + " store's terms.", phase.length()) : phase);
        }
        return out;
    }

    /**
     * The terms {@code terms} sets over {@code base}; a service time may be a distribution of which each operation
     * draws its own (the request counts are the protocol's, fixed).
     */
    private static StoreWork read(ObjectView terms, StoreWork base, String store) {
        double requests = terms.optionalDouble("requests", base.requests(), 0, MAX_REQUESTS);
        double perEntry = terms.optionalDouble("requestsPerEntry", base.requestsPerEntry(), 0, MAX_REQUESTS);
        Optional<Distribution> perRequest = ValueDistributions.read(terms, "perRequest");
        Optional<Distribution> perRequestPerEntry = ValueDistributions.read(terms, "perRequestPerEntry");
        Section.STORE.finish(terms);
        StoreWork counted = base.withRequests(requests, perEntry);
        // a term left out keeps the catalogue's (and its variation, if the catalogue's varied)
        Optional<Distribution> timeVaries = perRequest.filter(d -> !(d instanceof Constant))
                .or(() -> perRequest.isEmpty() ? counted.varies().flatMap(StoreServiceDraws::perRequest)
                        : Optional.empty());
        Optional<Distribution> entryVaries = perRequestPerEntry.filter(d -> !(d instanceof Constant))
                .or(() -> perRequestPerEntry.isEmpty()
                        ? counted.varies().flatMap(StoreServiceDraws::perRequestPerEntry) : Optional.empty());
        Duration time = perRequest.map(StoreOverrides::fixed).orElse(counted.perRequest());
        Duration entry = perRequestPerEntry.map(StoreOverrides::fixed).orElse(counted.perRequestPerEntry());
        return timeVaries.isEmpty() && entryVaries.isEmpty() ? counted.withServiceTime(time, entry)
                : counted.withServiceTimeVarying(store, time, timeVaries, entry, entryVaries);
    }

    /** A fixed service time; for a distribution, its mean (what the store's nominal terms report). */
    private static Duration fixed(Distribution nanos) {
        return Duration.ofNanos(Math.max(0, Math.round(nanos.mean())));
    }
}
