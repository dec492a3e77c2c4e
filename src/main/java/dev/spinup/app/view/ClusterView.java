package dev.spinup.app.view;

import dev.spinup.app.player.ClusterFrame;
import dev.spinup.app.player.ClusterLayout;
import dev.spinup.app.player.ClusterNode;
import dev.spinup.app.player.ClusterTimeline;
import dev.spinup.app.player.NodeMoment;
import dev.spinup.app.player.NodeState;
import dev.spinup.app.player.PodMoment;
import dev.spinup.app.player.PodState;
import dev.spinup.app.player.TileGrid;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.report.charts.StackColours;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The cluster view: one column per stack that runs a cluster, each with the scheduler's queue of pending pods on
 * the left and the nodes as boxes filling with pods; failed nodes greyed with their lost pods, booting nodes
 * dashed until Ready. One canvas redrawn per change, like the stage; hover hit-testing uses the same
 * {@link ClusterLayout}s.
 */
public final class ClusterView extends StageCanvas {

    /** What the pointer is over: a pod or a node of cluster {@code column}. */
    public record Hovered(int column, int pod, int node, double x, double y) {
        public boolean isPod() {
            return pod >= 0;
        }
    }


    private final ObjectProperty<Hovered> hovered = new SimpleObjectProperty<>();
    private List<ClusterTimeline> clusters = List.of();
    private List<ClusterFrame> frames = List.of();
    private final List<ClusterLayout> layouts = new ArrayList<>();
    private StackColours colours;

    public ClusterView() {
        getStyleClass().add("cluster-view");
        setMinSize(320, 240);
        canvas.setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        canvas.setOnMouseExited(e -> hovered.set(null));
        setFocusTraversable(false);
    }

    public void setClusters(List<ClusterTimeline> newClusters) {
        this.clusters = List.copyOf(newClusters);
        this.colours = StackColours.of(clusters.stream().map(c -> c.arm().arm().stack()).toList());
        this.frames = List.of();
        redraw();
    }

    public void setFrames(List<ClusterFrame> newFrames) {
        this.frames = newFrames;
        redraw();
    }

    public ObjectProperty<Hovered> hoveredProperty() {
        return hovered;
    }

    /** The layouts of the last drawing, one per column (for tests and screenshots). */
    public List<ClusterLayout> layouts() {
        return List.copyOf(layouts);
    }

    /** The frames last drawn. */
    public List<ClusterFrame> frames() {
        return frames;
    }

    /**
     * Where, in the canvas, pod or node {@code name} of cluster {@code column} is drawn now (a pod's tile, a node's
     * header), so a screenshot or a test can point at it.
     */
    public java.util.Optional<javafx.geometry.Point2D> pointOf(int column, String name) {
        if (column >= layouts.size() || column >= frames.size()) {
            return java.util.Optional.empty();
        }
        ClusterTimeline cluster = clusters.get(column);
        ClusterLayout layout = layouts.get(column);
        ClusterFrame frame = frames.get(column);
        for (int n = 0; n < cluster.nodes().size(); n++) {
            if (cluster.nodes().get(n).name().equals(name)) {
                ClusterLayout.Box box = layout.boxes().get(n).box();
                return java.util.Optional.of(new javafx.geometry.Point2D(box.x() + box.width() / 2, box.y() + 8));
            }
        }
        int pod = cluster.podNamed(name);
        for (int i = 0; i < frame.pending().size(); i++) {
            if (frame.pending().get(i).pod() == pod) {
                return java.util.Optional.of(centre(layout.queueTiles(), i));
            }
        }
        for (NodeMoment node : frame.nodes()) {
            for (int i = 0; i < node.pods().size(); i++) {
                if (node.pods().get(i).pod() == pod) {
                    return java.util.Optional.of(centre(layout.boxes().get(node.node()).pods(), i));
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static javafx.geometry.Point2D centre(TileGrid grid, int i) {
        return new javafx.geometry.Point2D(grid.tileX(i) + grid.side() / 2, grid.tileY(i) + grid.side() / 2);
    }

    private void hover(double x, double y) {
        for (int c = 0; c < layouts.size() && c < frames.size(); c++) {
            ClusterLayout.Hit hit = layouts.get(c).at(x, y);
            ClusterFrame frame = frames.get(c);
            if (hit.queue()) {
                if (hit.place() >= 0 && hit.place() < frame.pending().size()) {
                    hovered.set(new Hovered(c, frame.pending().get(hit.place()).pod(), -1, x, y));
                    return;
                }
            } else if (hit.node() >= 0 && frame.nodes().get(hit.node()).state().exists()) {
                List<PodMoment> pods = frame.nodes().get(hit.node()).pods();
                int pod = hit.place() >= 0 && hit.place() < pods.size() ? pods.get(hit.place()).pod() : -1;
                hovered.set(new Hovered(c, pod, hit.node(), x, y));
                return;
            }
        }
        hovered.set(null);
    }

    private Color border() {
        return dark() ? Color.web("#3d444d") : Color.web("#d1d9e0");
    }

    private Color downFill() {
        return dark() ? Color.web("#262c36") : Color.web("#e6e8eb");
    }

    @Override
    void paint(Pen g, double w, double h) {
        g.clearRect(0, 0, w, h);
        layouts.clear();
        if (clusters.isEmpty() || w < 10 || h < 10) {
            return;
        }
        columns(clusters.size(), w, h, (i, x, y, width, height) -> drawColumn(g, clusters.get(i),
                i < frames.size() ? frames.get(i) : null, x, y, width, height));
    }

    private void drawColumn(Pen g, ClusterTimeline cluster, ClusterFrame frame, double x, double y, double width,
                            double height) {
        double s = scale();
        g.setFill(FxColours.of(colours.colour(cluster.stackId())));
        g.fillRoundRect(x, y, width, 6 * s, 4, 4);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(ink());
        g.setFont(font(20, true));
        double headerY = y + 10 * s;
        g.fillText(fit(cluster.arm().label(), width, 20), x, headerY, width);
        g.setFont(font(15, false));
        g.setFill(muted());
        if (frame != null) {
            g.fillText(fit(counters(cluster, frame), width, 15), x, headerY + 26 * s, width);
        }
        double top = headerY + 52 * s;
        double boxHeader = 60 * s;
        ClusterLayout layout = ClusterLayout.fit(x, top, width, y + height - top, cluster.nodes().size(),
                cluster.mostPodsOnANode(), cluster.mostPending(), boxHeader, 110 * s);
        layouts.add(layout);
        if (frame == null) {
            return;
        }
        drawQueue(g, cluster, frame, layout);
        for (int i = 0; i < layout.boxes().size(); i++) {
            drawNode(g, cluster, cluster.nodes().get(i), frame.nodes().get(i), layout.boxes().get(i),
                    frame.timeNanos());
        }
    }

    /** "ready 30 of 40 · 10 lost · 0 pending · nodes: 3 Ready, 1 failed". */
    private static String counters(ClusterTimeline cluster, ClusterFrame frame) {
        StringBuilder text = new StringBuilder("ready ").append(frame.ready()).append(" of ").append(frame.pods());
        if (frame.starting() > 0) {
            text.append(" · ").append(frame.starting()).append(" starting");
        }
        if (frame.lost() > 0) {
            text.append(" · ").append(frame.lost()).append(" lost");
        }
        if (frame.unschedulable() > 0 && frame.unschedulable() == frame.pending().size()) {
            text.append(" · ").append(frame.unschedulable()).append(" unschedulable");
        } else {
            text.append(" · ").append(frame.pending().size()).append(" unscheduled");
            if (frame.unschedulable() > 0) {
                text.append(" (").append(frame.unschedulable()).append(" unschedulable)");
            }
        }
        String noun = cluster.perReplica() ? "hosts" : "nodes";
        text.append(" · ").append(noun).append(": ").append(frame.nodes(NodeState.READY)).append(" Ready");
        if (cluster.perReplica()) {
            text.setLength(text.length() - " Ready".length());
        }
        long booting = frame.nodes(NodeState.BOOTING);
        long down = frame.nodes(NodeState.FAILED) + frame.nodes(NodeState.NOT_READY);
        if (booting > 0) {
            text.append(", ").append(booting).append(" booting");
        }
        if (down > 0) {
            text.append(", ").append(down).append(" failed");
        }
        return text.toString();
    }

    private void drawQueue(Pen g, ClusterTimeline cluster, ClusterFrame frame, ClusterLayout layout) {
        ClusterLayout.Box box = layout.queue();
        double s = scale();
        g.setStroke(border());
        g.setLineWidth(1);
        g.strokeRoundRect(box.x() + 0.5, box.y() + 0.5, box.width() - 1, box.height() - 1, 8, 8);
        g.setFill(ink());
        g.setFont(font(15, true));
        g.fillText(cluster.perReplica() ? "VMs to place" : "Scheduler", box.x() + 8, box.y() + 6 * s,
                box.width() - 16);
        g.setFont(font(13, false));
        g.setFill(muted());
        g.fillText(fit(frame.pending().size() + " unscheduled", box.width() - 16, 13), box.x() + 8,
                box.y() + 24 * s, box.width() - 16);
        if (frame.unschedulable() > 0) {
            // the scheduler's own set: said once when every unscheduled pod is in it ("44 unscheduled, 44 ..." read
            // as twice the pods)
            String set = frame.unschedulable() >= frame.pending().size() ? "all unschedulable"
                    : frame.unschedulable() + " of them unschedulable";
            g.fillText(fit(set, box.width() - 16, 13), box.x() + 8, box.y() + 40 * s, box.width() - 16);
        }
        TileGrid tiles = layout.queueTiles();
        if (tiles.heatStrip()) {
            return;
        }
        for (int i = 0; i < frame.pending().size() && i < tiles.count(); i++) {
            drawPod(g, frame.pending().get(i), tiles.tileX(i), tiles.tileY(i), tiles.side());
        }
    }

    private void drawNode(Pen g, ClusterTimeline cluster, ClusterNode node, NodeMoment moment,
                          ClusterLayout.NodeBox place, long t) {
        NodeState state = moment.state();
        if (!state.exists()) {
            return;
        }
        ClusterLayout.Box box = place.box();
        double s = scale();
        double arc = 10;
        if (state.down()) {
            g.setFill(downFill());
            g.fillRoundRect(box.x(), box.y(), box.width(), box.height(), arc, arc);
        }
        if (state == NodeState.BOOTING) {
            Color phase = node.vm().flatMap(vm -> vm.at(t).phase())
                    .map(TilePaint::phase).orElse(TilePaint.QUEUED);
            g.setFill(phase.deriveColor(0, 1, 1, 0.12));
            g.fillRoundRect(box.x(), box.y(), box.width(), box.height(), arc, arc);
            g.setStroke(phase.deriveColor(0, 1, 0.7, 1));
            g.setLineWidth(2);
            g.setLineDashes(7, 5);
        } else {
            g.setStroke(state.down() ? muted() : border());
            g.setLineWidth(state.down() ? 2 : 1.5);
        }
        g.strokeRoundRect(box.x() + 1, box.y() + 1, box.width() - 2, box.height() - 2, arc, arc);
        g.setLineDashes();

        double tx = box.x() + 8;
        double tw = box.width() - 16;
        g.setFont(font(14, true));
        g.setFill(state.down() ? muted() : ink());
        g.fillText(fit(node.name(), tw, 14), tx, box.y() + 5 * s, tw);
        g.setFont(font(12, false));
        g.setFill(muted());
        double cpu = node.allocatable().milliCpu() <= 0 ? 0
                : Math.min(1, (double) moment.requested().milliCpu() / node.allocatable().milliCpu());
        String words = stateWords(cluster, node, moment, t);
        String fill = (words.isEmpty() ? "" : words + " · ") + podsWord(cluster, moment)
                + (cluster.perReplica() ? "" : String.format(Locale.ROOT, " · %.0f %% CPU", cpu * 100));
        g.fillText(fit(fill, tw, 12), tx, box.y() + 24 * s, tw);
        // the fill: what its pods request against what it can give, CPU (the lessons' scarce resource)
        if (!cluster.perReplica()) {
            double barY = box.y() + 42 * s;
            double barH = 7 * s;
            g.setFill(dark() ? Color.web("#21262d") : Color.web("#eef1f4"));
            g.fillRoundRect(tx, barY, tw, barH, 4, 4);
            g.setFill(state.down() ? muted() : TilePaint.RUNNING.deriveColor(0, 1, 0.8, 1));
            g.fillRoundRect(tx, barY, tw * cpu, barH, 4, 4);
        }

        TileGrid tiles = place.pods();
        if (tiles.heatStrip()) {
            return;
        }
        List<PodMoment> pods = moment.pods();
        for (int i = 0; i < pods.size() && i < tiles.count(); i++) {
            drawPod(g, pods.get(i), tiles.tileX(i), tiles.tileY(i), tiles.side());
        }
        if (state.down()) {
            g.setFill(muted());
            g.setFont(font(13, true));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(state == NodeState.FAILED ? "✕ machine down" : "✕ NotReady", box.x() + box.width() / 2,
                    box.y() + box.height() - 4, tw);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
        }
    }

    private String podsWord(ClusterTimeline cluster, NodeMoment moment) {
        int n = moment.pods().size();
        return n + (cluster.perReplica() ? (n == 1 ? " VM" : " VMs") : (n == 1 ? " pod" : " pods"));
    }

    private static String stateWords(ClusterTimeline cluster, ClusterNode node, NodeMoment moment, long t) {
        return switch (moment.state()) {
            case BOOTING -> "booting" + node.vm().flatMap(vm -> vm.at(t).phase()).map(p -> ": " + p.label())
                    .orElse("");
            case READY -> node.autoscaled() ? "added, Ready" : "";
            case FAILED -> "failed";
            case NOT_READY -> "NotReady";
            case NOT_YET -> "";
        };
    }

    private void drawPod(Pen g, PodMoment pod, double x, double y, double side) {
        PodState state = pod.state();
        Color colour = switch (state) {
            case PULLING -> TilePaint.phase(PhaseKind.IMAGE_PULL);
            case SANDBOX -> TilePaint.phase(PhaseKind.NETWORK);
            case STARTING -> pod.phase().map(TilePaint::phase).orElse(TilePaint.QUEUED);
            case STARTED, RUNNING, READY, TERMINATING -> TilePaint.RUNNING;
            case LOST -> TilePaint.REFUSED;
            case PENDING, NOT_YET, GONE -> TilePaint.QUEUED;
        };
        double arc = Math.min(6, side / 4);
        if (side < 10) {
            g.setFill(state == PodState.PENDING ? colour.deriveColor(0, 1, 0.62, 0.55)
                    : state == PodState.RUNNING || state == PodState.STARTED || state == PodState.TERMINATING
                    ? colour.deriveColor(0, 1, 1, 0.45)
                    : colour);
            g.fillRect(x, y, side, side);
            return;
        }
        if (state == PodState.PENDING || state == PodState.TERMINATING || pod.queued()) {
            // waiting (or going): outlined, dashed, as a queued tile is on the stage
            Color line = colour.deriveColor(0, 1, 0.62, 1);
            g.setFill(colour.deriveColor(0, 1, 1, 0.22));
            g.fillRoundRect(x, y, side, side, arc, arc);
            g.setStroke(line);
            g.setLineWidth(Math.max(1.5, side / 10));
            g.setLineDashes(Math.max(2, side / 6), Math.max(2, side / 8));
            double inset = g.getLineWidth() / 2;
            g.strokeRoundRect(x + inset, y + inset, side - 2 * inset, side - 2 * inset, arc, arc);
            g.setLineDashes();
            return;
        }
        g.setFill(state == PodState.RUNNING || state == PodState.STARTED ? colour.deriveColor(0, 1, 1, 0.45)
                : colour);
        g.fillRoundRect(x, y, side, side, arc, arc);
        if (side < 14) {
            return;
        }
        g.setStroke(Color.WHITE);
        g.setLineWidth(Math.max(1.5, side / 12));
        if (state == PodState.READY) {
            double cx = x + side / 2;
            double cy = y + side / 2;
            double r = side * 0.22;
            g.strokeLine(cx - r, cy, cx - r / 3, cy + r * 0.7);
            g.strokeLine(cx - r / 3, cy + r * 0.7, cx + r, cy - r * 0.6);
        } else if (state == PodState.LOST) {
            double i = side * 0.28;
            g.strokeLine(x + i, y + i, x + side - i, y + side - i);
            g.strokeLine(x + side - i, y + i, x + i, y + side - i);
        }
    }

}
