package dev.spinup.cli;

import dev.spinup.lesson.Figures;
import dev.spinup.lesson.Quantity;
import dev.spinup.orchestration.ClusterNote;
import dev.spinup.orchestration.ClusterResult;
import dev.spinup.run.ArmResult;
import dev.spinup.run.RunResult;
import dev.spinup.scenario.text.FigureKind;
import java.util.List;

/**
 * The cluster's numbers per stack for the terminal: pod start-up by the Kubernetes SLO (pull apart), scale-out
 * time, pending and unschedulable pods, nodes, the scheduler and the API server, and what the controllers did.
 */
final class ClusterSummary {

    /** Notes beyond this many are counted, not listed. */
    private static final int MAX_NOTES = 8;

    private ClusterSummary() {
    }

    static void append(RunResult result, Figures figures, StringBuilder text) {
        for (ArmResult arm : result.arms()) {
            if (arm.cluster().isEmpty()) {
                continue;
            }
            ClusterResult cluster = arm.cluster().get();
            String id = arm.stack().id();
            text.append('\n').append(arm.stack().label()).append(": cluster (")
                    .append(kind(cluster.nodeKind())).append(")\n");
            text.append("  ").append(cluster.nodeKind().replicaNoun()).append("s ready at the end ").append(cluster.ready().last()).append(" of ")
                    .append(cluster.pods().stream().filter(p -> p.terminatedAt() < 0).count())
                    .append("; every wanted ").append(cluster.nodeKind().replicaNoun()).append(" ready ").append(shown(figures, id, FigureKind.SCALE_OUT))
                    .append(" after the last scale event\n");
            text.append("  pod start-up (SLO: created to running, pull excluded) median ")
                    .append(shown(figures, id, FigureKind.POD_STARTUP)).append(", p99 ")
                    .append(shown(figures, id, FigureKind.POD_STARTUP_P99)).append(" (SLO 5 s); longest image wait ")
                    .append(shown(figures, id, FigureKind.POD_PULL_MAX)).append('\n');
            text.append("  most pods pending ").append(shown(figures, id, FigureKind.MAX_PENDING))
                    .append(", unschedulable ").append(shown(figures, id, FigureKind.MAX_UNSCHEDULABLE));
            if (cluster.nodeKind() != ClusterResult.NodeKind.VM_PER_REPLICA) {
                text.append("; nodes ").append(cluster.nodes().size()).append(" (")
                        .append(shown(figures, id, FigureKind.NODES_ADDED)).append(" added by the autoscaler, ")
                        .append(shown(figures, id, FigureKind.NODES_USED)).append(" holding pods at the end)");
            }
            text.append('\n');
            long served = cluster.apiRequests().last();
            double seconds = arm.endNanos() / 1e9;
            text.append("  scheduler ").append(cluster.schedulerCycles()).append(" cycles, ")
                    .append(cluster.bound().last()).append(" pods bound; API server ").append(served)
                    .append(" requests (").append(seconds > 0 ? Quantity.count(Math.round(served / seconds)).format()
                            : "0").append(" a second on average)\n");
            List<ClusterNote> notes = cluster.notes();
            for (int i = 0; i < Math.min(MAX_NOTES, notes.size()); i++) {
                ClusterNote note = notes.get(i);
                text.append("  at ").append(Quantity.nanos(note.timeNanos()).format()).append(": ")
                        .append(note.text()).append('\n');
            }
            if (notes.size() > MAX_NOTES) {
                text.append("  … and ").append(notes.size() - MAX_NOTES).append(" more\n");
            }
        }
    }

    private static String shown(Figures figures, String stackId, FigureKind kind) {
        return figures.value(stackId, kind, "").format();
    }

    private static String kind(ClusterResult.NodeKind kind) {
        return switch (kind) {
            case BARE_METAL -> "nodes are bare-metal hosts";
            case NODE_VMS -> "nodes are VMs booted on the hosts";
            case VM_PER_REPLICA -> "no cluster: one VM per replica";
        };
    }
}
