package dev.spinup.lesson;

import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseRecord;
import dev.spinup.run.ArmResult;
import dev.spinup.run.InstanceResult;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the per-instance figures of one arm need, gathered in one pass over its instances: a run of 100 000 VMs
 * has some 30 such figures, and each scanning every instance and phase again cost more than the rest of its
 * report. Sums run in instance order, as the figures' own loops did, so every value is the same to the bit.
 */
final class ArmPass {

    private static final int PHASES = PhaseKind.values().length;

    private final Optional<InstanceResult> first;
    private final Optional<InstanceResult> last;
    private final long lastReadyAt;
    private final double[] phaseSum = new double[PHASES];
    private final double[] phaseAloneSum = new double[PHASES];
    private final int[] phaseCount = new int[PHASES];
    private final Set<PhaseKind> readyPhases = EnumSet.noneOf(PhaseKind.class);
    private final double downloadedBytes;
    private final int pulling;

    ArmPass(ArmResult arm) {
        InstanceResult earliest = null;
        InstanceResult latest = null;
        long lastReady = -1;
        double downloaded = 0;
        int pulled = 0;
        boolean[] went = new boolean[PHASES];
        for (InstanceResult instance : arm.instances()) {
            boolean ready = instance.becameReady();
            boolean anyPull = false;
            for (PhaseRecord p : instance.phases()) {
                if (p.pull().isPresent()) {
                    downloaded += (double) p.pull().get().bytesDownloaded().bytes();
                    anyPull = true;
                }
                if (ready) {
                    int k = p.kind().ordinal();
                    phaseSum[k] += (double) p.durationNanos();
                    phaseAloneSum[k] += (double) p.aloneNanos();
                    went[k] = true;
                    readyPhases.add(p.kind());
                }
            }
            pulled += anyPull ? 1 : 0;
            if (!ready) {
                continue;
            }
            for (int k = 0; k < PHASES; k++) {
                phaseCount[k] += went[k] ? 1 : 0;
                went[k] = false;
            }
            lastReady = Math.max(lastReady, instance.readyAt());
            // Earliest and latest request, then lowest index: the first of equals is kept, as Stream.min/max do.
            if (earliest == null || before(instance, earliest)) {
                earliest = instance;
            }
            if (latest == null || before(latest, instance)) {
                latest = instance;
            }
        }
        this.first = Optional.ofNullable(earliest);
        this.last = Optional.ofNullable(latest);
        this.lastReadyAt = lastReady;
        this.downloadedBytes = downloaded;
        this.pulling = pulled;
    }

    private static boolean before(InstanceResult a, InstanceResult b) {
        int byTime = Long.compare(a.requestedAt(), b.requestedAt());
        return byTime != 0 ? byTime < 0 : a.index() < b.index();
    }

    /** The first instance asked for that became ready (lowest index among the earliest requests). */
    Optional<InstanceResult> first() {
        return first;
    }

    /** The last instance asked for that became ready (highest index among the latest requests). */
    Optional<InstanceResult> last() {
        return last;
    }

    /** When the last ready instance became ready, or -1 if none did. */
    long lastReadyAt() {
        return lastReadyAt;
    }

    /** Mean duration of the phase over the ready instances that went through it; NaN if none did. */
    double meanPhase(PhaseKind kind) {
        int n = phaseCount[kind.ordinal()];
        return n == 0 ? Double.NaN : phaseSum[kind.ordinal()] / n;
    }

    /** Mean time alone of the phase over the ready instances that went through it; NaN if none did. */
    double meanPhaseAlone(PhaseKind kind) {
        int n = phaseCount[kind.ordinal()];
        return n == 0 ? Double.NaN : phaseAloneSum[kind.ordinal()] / n;
    }

    /** The phases the ready instances went through. */
    Set<PhaseKind> readyPhases() {
        return readyPhases;
    }

    /** Bytes every instance's pulls downloaded. */
    double downloadedBytes() {
        return downloadedBytes;
    }

    /** How many instances pulled an image. */
    int pulling() {
        return pulling;
    }
}
