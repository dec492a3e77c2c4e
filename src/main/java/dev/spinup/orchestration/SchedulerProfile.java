package dev.spinup.orchestration;

import dev.spinup.engine.SimTime;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;

/**
 * How one kube-scheduler behaves: its cycle time a + b·nodes filtered, how many nodes it scores, its scoring
 * strategy and its back-off. The presets are eras, because the scheduler's throughput grew from about 1 pod/s
 * (2015) to about 100 (2019) and 300 (2025).
 */
public record SchedulerProfile(String era, Cited<Long> cycleBaseNanos, Cited<Long> cyclePerNodeNanos,
                               Cited<NodesToScore> nodesToScore, ScoringStrategy scoring,
                               Cited<Long> initialBackoffNanos, Cited<Long> maxBackoffNanos,
                               Cited<Long> unschedulableRetryNanos) {

    /** The 2015 scheduler (v0.8): about 1 pod/s whatever the cluster size. */
    public static SchedulerProfile v2015() {
        return era("2015", SimTime.SECOND, 0, Cited.of(NodesToScore.ALL, Source.ESTIMATE_SCHEDULER_ERAS));
    }

    /** The 2019 scheduler: filters every node, 1 ms + 2 µs per node (≈90–100 pods/s at 5000 nodes). */
    public static SchedulerProfile v2019() {
        return new SchedulerProfile("2019", Cited.of(SimTime.MILLISECOND, Source.ESTIMATE_SCHEDULER_SERVICE_TIME),
                Cited.of(2 * SimTime.MICROSECOND, Source.ESTIMATE_SCHEDULER_SERVICE_TIME),
                Cited.of(NodesToScore.ALL, Source.ESTIMATE_SCHEDULER_ERAS), ScoringStrategy.LEAST_ALLOCATED,
                backoff(SimTime.SECOND), backoff(10 * SimTime.SECOND), backoff(5 * SimTime.MINUTE));
    }

    /** A recent scheduler: adaptive node sampling, 1 ms + 1.5 µs per node filtered (≈300 pods/s at 30k nodes). */
    public static SchedulerProfile v2025() {
        return era("2025", SimTime.MILLISECOND, 1_500, NodesToScore.adaptive());
    }

    private static SchedulerProfile era(String era, long base, long perNode, Cited<NodesToScore> nodesToScore) {
        return new SchedulerProfile(era, Cited.of(base, Source.ESTIMATE_SCHEDULER_ERAS),
                Cited.of(perNode, Source.ESTIMATE_SCHEDULER_ERAS), nodesToScore, ScoringStrategy.LEAST_ALLOCATED,
                backoff(SimTime.SECOND), backoff(10 * SimTime.SECOND), backoff(5 * SimTime.MINUTE));
    }

    private static Cited<Long> backoff(long nanos) {
        return Cited.of(nanos, Source.ESTIMATE_KUBE_SCHEDULER_DEFAULTS);
    }

    public SchedulerProfile withScoring(ScoringStrategy strategy) {
        return new SchedulerProfile(era, cycleBaseNanos, cyclePerNodeNanos, nodesToScore, strategy,
                initialBackoffNanos, maxBackoffNanos, unschedulableRetryNanos);
    }

    public SchedulerProfile withNodesToScore(NodesToScore sampling) {
        return new SchedulerProfile(era, cycleBaseNanos, cyclePerNodeNanos, Cited.of(sampling, Source.LESSON_SETTING),
                scoring, initialBackoffNanos, maxBackoffNanos, unschedulableRetryNanos);
    }

    /** The simulated time one scheduling cycle takes after filtering {@code nodesFiltered} nodes. */
    public long cycleNanos(int nodesFiltered) {
        return cycleBaseNanos.value() + cyclePerNodeNanos.value() * nodesFiltered;
    }

    /** Back-off before the {@code attempts}-th retry: initial × 2^(attempts − 1), capped. */
    public long backoffNanos(int attempts) {
        long backoff = initialBackoffNanos.value();
        for (int i = 1; i < attempts && backoff < maxBackoffNanos.value(); i++) {
            backoff *= 2;
        }
        return Math.min(backoff, maxBackoffNanos.value());
    }

    public NodeSelector selector() {
        return new NodeSelector(scoring, nodesToScore.value());
    }
}
