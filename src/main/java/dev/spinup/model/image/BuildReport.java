package dev.spinup.model.image;

import dev.spinup.engine.SimTime;
import java.util.List;
import java.util.Optional;

/**
 * What a build did: per step cached or executed and how long it took, the image it produced, and how long BuildKit's
 * own work around the steps took ({@link BuildKitCosts}: definition, base metadata, context, cache checks, export).
 */
public record BuildReport(String tag, String host, Image image, long startedAt, long finishedAt,
        List<StepResult> steps, long buildKitNanos) {

    public BuildReport {
        steps = List.copyOf(steps);
    }

    public long totalNanos() {
        return finishedAt - startedAt;
    }

    public int stepsCached() {
        return (int) steps.stream().filter(s -> s.outcome() == StepOutcome.CACHED).count();
    }

    public int stepsExecuted() {
        return steps.size() - stepsCached();
    }

    /** The first step that had to be executed; every step after it was executed too. */
    public Optional<StepResult> firstExecuted() {
        return steps.stream().filter(s -> s.outcome() == StepOutcome.EXECUTED).findFirst();
    }

    private String buildKit() {
        return " BuildKit's own work around the steps (base image metadata, context, cache checks, export) took "
                + SimTime.format(buildKitNanos) + ".";
    }

    /** One paragraph for a student on where the cache stopped helping and what that cost. */
    public String explanation() {
        String head = "Built " + tag + " in " + SimTime.format(totalNanos()) + ": ";
        Optional<StepResult> first = firstExecuted();
        if (first.isEmpty()) {
            return head + "all " + steps.size() + " steps came from the build cache." + buildKit();
        }
        StepResult rebuilt = first.get();
        int cached = rebuilt.number() - 1;
        int after = steps.size() - rebuilt.number();
        long executing = steps.stream().mapToLong(StepResult::nanos).sum();
        StringBuilder text = new StringBuilder(head);
        if (cached > 0) {
            text.append(cached == 1 ? "step 1" : "steps 1–" + cached).append(" came from the build cache; ");
        }
        text.append("step ").append(rebuilt.number()).append(" (").append(rebuilt.step().instruction()).append(')')
                .append(" missed the cache");
        if (after > 0) {
            text.append(", so it and the ").append(after).append(after == 1 ? " step" : " steps")
                    .append(" after it were executed");
        } else {
            text.append(" and was executed");
        }
        text.append(" (").append(SimTime.format(executing)).append(").");
        return text.append(buildKit()).toString();
    }
}
