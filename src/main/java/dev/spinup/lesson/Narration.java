package dev.spinup.lesson;

import dev.spinup.engine.SimTime;
import dev.spinup.model.runtime.InstanceState;
import dev.spinup.model.startup.Contention;
import dev.spinup.model.startup.PhaseRecord;
import dev.spinup.run.ArmResult;
import dev.spinup.run.InstanceResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Plain sentences about one instance built from the model's own records (its phases and what slowed them), never
 * typed for a lesson: "vm-41 was ready 1 min 6 s after it was asked for; its longest phase was init and services
 * (44.9 s); it lost 31.2 s sharing the disk with about 99 others."
 */
public final class Narration {

    private static final int MAX_REASONS = 2;

    private Narration() {
    }

    /**
     * "ready 480 ms after it was asked for", or, for an instance that first waited for a start slot, "ready 480 ms
     * after its start began, having waited 3.2 s outside the host for a start slot".
     */
    public static String readyAfter(InstanceResult instance) {
        String ready = "ready " + SimTime.format(instance.startupNanos());
        if (instance.waitingNanos() <= 0) {
            return ready + " after it was asked for";
        }
        return ready + " after its start began, having waited " + SimTime.format(instance.waitingNanos())
                + " outside the host for a start slot";
    }

    /** One instance's start in one sentence. */
    public static String sentence(InstanceResult instance) {
        if (instance.state() == InstanceState.REFUSED) {
            return instance.id() + " was refused: " + instance.refusal().orElse("the host had no room") + ".";
        }
        if (instance.state() == InstanceState.FAILED && !instance.becameReady()) {
            return instance.id() + " failed: " + instance.failure().orElse("it stopped") + ".";
        }
        if (!instance.becameReady()) {
            return instance.id() + " was still starting when the run ended.";
        }
        StringBuilder text = new StringBuilder(instance.id().toString()).append(" was ").append(readyAfter(instance));
        longestPhase(instance).ifPresent(p -> text.append("; its longest phase was ").append(p.kind().label())
                .append(" (").append(SimTime.format(p.durationNanos())).append(')'));
        List<Reason> reasons = worstContentions(instance);
        if (reasons.size() == 2 && reasons.get(0).sameCauseAs(reasons.get(1))) {
            // two phases slowed by the same thing: one clause naming both, not the same words twice
            text.append("; it ").append(reasons.get(0).contention().explain()).append(" in ")
                    .append(reasons.get(0).phase()).append(", and ").append(reasons.get(1).contention().explainAgain())
                    .append(" in ").append(reasons.get(1).phase());
        } else {
            for (Reason r : reasons) {
                text.append("; it ").append(r.contention().explain());
            }
        }
        // A run that kept summaries only has no phases to tell what slowed it: say nothing rather than "nothing".
        if (reasons.isEmpty() && !instance.phases().isEmpty()) {
            text.append("; nothing slowed it");
        }
        return text.append('.').toString();
    }

    /** The ready instance whose start-up is the median's (the earliest asked for among equals). */
    public static Optional<InstanceResult> typical(ArmResult arm) {
        List<InstanceResult> ready = arm.instances().stream().filter(InstanceResult::becameReady)
                .sorted(Comparator.comparingLong(InstanceResult::startupNanos)
                        .thenComparingInt(InstanceResult::index)).toList();
        return ready.isEmpty() ? Optional.empty() : Optional.of(ready.get((ready.size() - 1) / 2));
    }

    /** The ready instance that took longest from request to ready. */
    public static Optional<InstanceResult> slowest(ArmResult arm) {
        return arm.instances().stream().filter(InstanceResult::becameReady)
                .max(Comparator.comparingLong(InstanceResult::startupNanos)
                        .thenComparing(Comparator.comparingInt(InstanceResult::index).reversed()));
    }

    /**
     * What a lecturer says about one stack: the typical instance's sentence and the slowest one's (one sentence
     * when they are the same instance), and how many were refused.
     */
    public static List<String> forStack(ArmResult arm) {
        List<String> lines = new ArrayList<>();
        Optional<InstanceResult> typical = typical(arm);
        Optional<InstanceResult> slowest = slowest(arm);
        typical.ifPresent(t -> lines.add((slowest.isPresent() && slowest.get() != t ? "Typical: " : "")
                + sentence(t)));
        slowest.filter(s -> typical.isEmpty() || s != typical.get()).ifPresent(s -> lines.add("Slowest: "
                + sentence(s)));
        arm.instances().stream().filter(i -> i.state() == InstanceState.REFUSED).findFirst().ifPresent(r -> {
            long refused = arm.instances().stream().filter(i -> i.state() == InstanceState.REFUSED).count();
            lines.add("Refused: " + Quantity.count(refused).format() + " of "
                    + Quantity.count(arm.instances().size()).format() + " asked for; the first, " + r.id() + ", because "
                    + r.refusal().orElse("the host had no room") + ".");
        });
        if (lines.isEmpty()) {
            lines.add("No instance became ready.");
        }
        return lines;
    }

    private static Optional<PhaseRecord> longestPhase(InstanceResult instance) {
        return instance.phases().stream().max(Comparator.comparingLong(PhaseRecord::durationNanos));
    }

    private static List<Reason> worstContentions(InstanceResult instance) {
        return instance.phases().stream().flatMap(p -> p.contentions().stream()
                        .map(c -> new Reason(p.kind().label(), c)))
                .filter(r -> r.contention().extraNanos() > 0)
                .sorted(Comparator.comparingLong((Reason r) -> r.contention().extraNanos()).reversed())
                .limit(MAX_REASONS).toList();
    }

    /** One slowdown and the phase it slowed. */
    private record Reason(String phase, Contention contention) {

        boolean sameCauseAs(Reason other) {
            return contention.kind() == other.contention.kind()
                    && Objects.equals(contention.resource(), other.contention.resource());
        }
    }
}
