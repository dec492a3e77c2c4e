package dev.spinup.lesson;

import dev.spinup.model.host.MemoryComponent;
import dev.spinup.run.ArmResult;
import dev.spinup.run.ArmSummary;
import dev.spinup.run.HostResult;
import java.util.Map;

/**
 * An instance's memory split the way a lesson has to say it: what the instance holds itself, and what its hosts
 * hold once for all instances (an engine daemon, hypervisor services, shared layers; merged pages subtracted),
 * so a shared cost is shown as shared and never charged whole to one instance.
 */
final class MemoryShares {

    private MemoryShares() {
    }

    /** Mean bytes a ready instance holds itself. */
    static double own(ArmSummary summary) {
        if (summary.ready() == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (Map.Entry<MemoryComponent, Double> e : summary.memoryPerInstance().entrySet()) {
            if (e.getKey().perInstance()) {
                sum += e.getValue();
            }
        }
        return sum;
    }

    /** Bytes the arm's hosts hold once for everyone at the end of the run, net of merged pages. */
    static double sharedOnHosts(ArmResult arm) {
        double sum = 0;
        for (HostResult host : arm.hosts()) {
            for (MemoryComponent c : MemoryComponent.values()) {
                if (!c.perInstance()) {
                    double v = host.memory(c).valueAtTime(arm.endNanos());
                    sum += c == MemoryComponent.PAGE_SHARING_SAVINGS ? -v : v;
                }
            }
        }
        return sum;
    }

    /** Everything the arm's instances and shared parts hold at the end of the run. */
    static double total(ArmResult arm) {
        double sum = 0;
        for (HostResult host : arm.hosts()) {
            for (MemoryComponent c : MemoryComponent.values()) {
                double v = host.memory(c).valueAtTime(arm.endNanos());
                sum += c == MemoryComponent.PAGE_SHARING_SAVINGS ? -v : v;
            }
        }
        return sum;
    }
}
