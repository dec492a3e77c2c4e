package dev.spinup.app.view;

import dev.spinup.app.player.ArmFrame;
import dev.spinup.app.player.ArmTrack;
import dev.spinup.app.player.HostMemory;
import dev.spinup.app.player.InstanceMoment;
import dev.spinup.app.player.InstanceTrack;
import dev.spinup.app.player.TileGrid;
import dev.spinup.app.player.TileKind;
import dev.spinup.model.host.HostSpec;
import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.report.charts.MemoryGroup;
import dev.spinup.report.charts.StackColours;
import dev.spinup.report.charts.StackColumns;
import dev.spinup.report.diagram.DiagramColumn;
import dev.spinup.report.diagram.DiagramLayer;
import dev.spinup.report.style.LayerColourKey;
import dev.spinup.report.style.Palette;
import dev.spinup.scenario.StackChoice;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 * The stage: one column per stack on one clock, each drawn as its layer stack (hardware, the hypervisor or host
 * OS with its kernel, the engine) with the instances as tiles above it and a memory gauge below. One canvas
 * redrawn per change, so thousands of tiles stay smooth; hover hit-testing uses the same {@link TileGrid}s.
 */
public final class StageView extends StageCanvas {

    /** The instance under the pointer: which stack, which track. */
    public record Hovered(String stackId, InstanceTrack track, double x, double y) {
    }

    /** From this tile side on, a tile shows the layers the instance carries (the textbook picture). */
    static final double LAYERED_TILE = 110;

    private final ObjectProperty<Hovered> hovered = new SimpleObjectProperty<>();
    private List<ArmTrack> arms = List.of();
    private List<ArmFrame> frames = List.of();
    private List<DiagramColumn> diagrams = List.of();
    private StackColours colours;
    private final List<TileGrid> grids = new ArrayList<>();

    public StageView() {
        getStyleClass().add("stage-view");
        setMinSize(320, 240);
        canvas.setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        canvas.setOnMouseExited(e -> hovered.set(null));
        setFocusTraversable(false);
    }

    /** Shows a new run's columns (frames come with {@link #setFrames}). */
    public void setArms(List<ArmTrack> newArms) {
        this.arms = List.copyOf(newArms);
        List<StackChoice> stacks = new ArrayList<>();
        List<DiagramColumn> columns = new ArrayList<>();
        for (ArmTrack arm : arms) {
            stacks.add(arm.arm().stack());
            columns.add(StackColumns.of(arm.label(), arm.arm().stack().spec(), 1));
        }
        this.colours = StackColours.of(stacks);
        this.diagrams = columns;
        this.frames = List.of();
        redraw();
    }

    public void setFrames(List<ArmFrame> newFrames) {
        this.frames = newFrames;
        redraw();
    }

    public ObjectProperty<Hovered> hoveredProperty() {
        return hovered;
    }

    /** The grids of the last drawing, one per column (for tests and hit-testing). */
    public List<TileGrid> grids() {
        return List.copyOf(grids);
    }

    private void hover(double x, double y) {
        for (int i = 0; i < grids.size() && i < arms.size(); i++) {
            int index = grids.get(i).indexAt(x, y);
            if (index >= 0) {
                List<InstanceTrack> tracks = tilesOf(arms.get(i));
                hovered.set(new Hovered(arms.get(i).stackId(), tracks.get(index), x, y));
                return;
            }
        }
        hovered.set(null);
    }

    /** Node VMs first (they are the hosts the containers run in), then the workload's instances. */
    private static List<InstanceTrack> tilesOf(ArmTrack arm) {
        List<InstanceTrack> all = new ArrayList<>(arm.nodeVms());
        all.addAll(arm.instances());
        return all;
    }

    private static List<InstanceMoment> momentsOf(ArmFrame frame) {
        List<InstanceMoment> all = new ArrayList<>(frame.nodeVms());
        all.addAll(frame.instances());
        return all;
    }

    @Override
    void paint(Pen g, double w, double h) {
        g.clearRect(0, 0, w, h);
        grids.clear();
        if (arms.isEmpty() || w < 10 || h < 10) {
            return;
        }
        columns(arms.size(), w, h, (i, x, y, width, height) -> drawColumn(g, arms.get(i), diagrams.get(i),
                i < frames.size() ? frames.get(i) : null, x, y, width, height));
    }

    private void drawColumn(Pen g, ArmTrack arm, DiagramColumn diagram, ArmFrame frame, double x,
                            double y, double width, double height) {
        Color stackColour = FxColours.of(colours.colour(arm.stackId()));
        double title = 20;
        double small = 15;
        // Header: the stack's colour, its name, and the counters.
        g.setFill(stackColour);
        g.fillRoundRect(x, y, width, 6 * scale(), 4, 4);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(ink());
        g.setFont(font(title, true));
        double headerY = y + 10 * scale();
        g.fillText(fit(arm.label(), width, title), x, headerY, width);
        g.setFont(font(small, false));
        g.setFill(muted());
        String counters = frame == null ? "" : countersText(frame);
        g.fillText(counters, x, headerY + (title + 6) * scale(), width);
        double top = headerY + (title + small + 16) * scale();

        // Bottom up: memory gauge, then the shared layers (bands), then the tiles.
        double gaugeHeight = 44 * scale();
        double bottom = y + height;
        if (frame != null) {
            drawGauge(g, arm, frame, x, bottom - gaugeHeight, width, gaugeHeight);
        }
        bottom -= gaugeHeight + 8;
        List<DiagramLayer.Band> bands = new ArrayList<>();
        List<DiagramLayer.BoxRow> perInstance = new ArrayList<>();
        for (DiagramLayer layer : diagram.layersBottomUp()) {
            if (layer instanceof DiagramLayer.Band band) {
                bands.add(band);
            } else if (layer instanceof DiagramLayer.BoxRow row) {
                perInstance.add(row);
            }
        }
        double bandHeight = 26 * scale();
        for (int b = 0; b < bands.size(); b++) {
            DiagramLayer.Band band = bands.get(b);
            double by = bottom - (b + 1) * (bandHeight + 3);
            Color fill = FxColours.of(Palette.colourFor(band.kind()));
            g.setFill(fill);
            g.fillRoundRect(x, by, width, bandHeight, 6, 6);
            g.setFill(FxColours.textOn(fill));
            g.setFont(font(14, b == 0 ? false : true));
            g.setTextBaseline(VPos.CENTER);
            String label = b == 0 ? hardwareLabel(arm) : bandLabel(band);
            g.fillText(fit(label, width - 12, 14), x + 8, by + bandHeight / 2, width - 12);
        }
        double tilesBottom = bottom - bands.size() * (bandHeight + 3) - 8;
        double tilesTop = top;
        boolean guestOs = perInstance.stream().anyMatch(r -> r.kind() == LayerColourKey.GUEST_OS);
        List<InstanceMoment> moments = frame == null ? List.of() : momentsOf(frame);
        TileGrid grid = TileGrid.fit(x, tilesTop, width, Math.max(0, tilesBottom - tilesTop), moments.size());
        grids.add(grid);
        if (grid.heatStrip()) {
            drawHeatStrip(g, moments, x, tilesTop, width, tilesBottom - tilesTop);
        } else {
            int nodes = frame == null ? 0 : frame.nodeVms().size();
            List<DiagramLayer.BoxRow> ownLayers = perInstance.isEmpty() ? List.of()
                    : perInstance.subList(0, perInstance.size() - 1);
            for (int i = 0; i < moments.size(); i++) {
                if (grid.side() >= LAYERED_TILE && i >= nodes && moments.get(i).kind().visible()) {
                    drawLayeredTile(g, moments.get(i), grid.tileX(i), grid.tileY(i), grid.side(), ownLayers);
                } else {
                    drawTile(g, moments.get(i), grid.tileX(i), grid.tileY(i), grid.side(), guestOs || i < nodes,
                            i < nodes);
                }
            }
        }
        g.setTextBaseline(VPos.TOP);
    }

    /**
     * A large tile is the textbook picture of one instance: the layers it carries for itself (a guest OS and
     * its libraries for a VM; only libraries for a container) under the app, whose colour is the instance's state.
     */
    private void drawLayeredTile(Pen g, InstanceMoment m, double x, double y, double side,
                                 List<DiagramLayer.BoxRow> layers) {
        double strip = Math.min(side * 0.22, side * 0.6 / Math.max(1, layers.size()));
        double arc = 10;
        g.setStroke(ink());
        g.setLineWidth(1.5);
        g.strokeRoundRect(x + 0.75, y + 0.75, side - 1.5, side - 1.5, arc, arc);
        double bottom = y + side;
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (DiagramLayer.BoxRow layer : layers) {
            bottom -= strip;
            Color fill = FxColours.of(Palette.colourFor(layer.kind()));
            g.setFill(fill);
            g.fillRoundRect(x + 3, bottom + 1.5, side - 6, strip - 3, 6, 6);
            g.setFill(FxColours.textOn(fill));
            g.setFont(font(13, true));
            g.fillText(fit(layer.labels().get(0), side - 10, 13), x + side / 2, bottom + strip / 2, side - 10);
        }
        double appHeight = bottom - y - 3;
        InstanceMoment shown = m;
        Color fill = m.kind() == TileKind.QUEUED ? TilePaint.outline(m).deriveColor(0, 1, 1, 0.28) : TilePaint.fill(m);
        g.setFill(fill);
        g.fillRoundRect(x + 3, y + 3, side - 6, appHeight - 1.5, 6, 6);
        if (m.kind() == TileKind.QUEUED) {
            g.setStroke(TilePaint.outline(m).deriveColor(0, 1, 0.62, 1));
            g.setLineWidth(2.5);
            g.setLineDashes(6, 4);
            g.strokeRoundRect(x + 4, y + 4, side - 8, appHeight - 3.5, 6, 6);
            g.setLineDashes();
        }
        String label = switch (shown.kind()) {
            case RUNNING -> "App ✓ ready";
            case STARTING -> shown.phase().map(p -> p.label()).orElse("starting");
            case QUEUED -> "queued: " + shown.waitingFor().orElse("");
            case REFUSED -> "refused";
            case FAILED -> "failed";
            default -> "";
        };
        Color text = m.kind() == TileKind.QUEUED ? ink() : FxColours.textOn(fill);
        g.setFill(text);
        g.setFont(font(14, true));
        g.fillText(fit(label, side - 12, 14), x + side / 2, y + 3 + appHeight / 2, side - 12);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
    }

    private void drawTile(Pen g, InstanceMoment m, double x, double y, double side, boolean ownOs,
                          boolean node) {
        if (!m.kind().visible()) {
            if (side >= 12) {
                g.setStroke(dark() ? Color.web("#30363d") : Color.web("#d0d7de"));
                g.setLineWidth(1);
                g.strokeRoundRect(x + 0.5, y + 0.5, side - 1, side - 1, 4, 4);
            } else {
                // Small tiles: a faint square per place still to come, cheap to rasterise by the thousand.
                g.setFill(dark() ? Color.web("#21262d") : Color.web("#eef1f4"));
                g.fillRect(x, y, side, side);
            }
            return;
        }
        if (side < 12) {
            Color small = m.kind() == TileKind.QUEUED ? TilePaint.outline(m).deriveColor(0, 1, 0.62, 0.55)
                    : TilePaint.fill(m);
            g.setFill(small);
            g.fillRect(x, y, side, side);
            return;
        }
        double arc = Math.min(8, side / 4);
        Color fill = TilePaint.fill(m);
        if (m.kind() == TileKind.QUEUED) {
            Color outline = TilePaint.outline(m);
            g.setFill(outline.deriveColor(0, 1, 1, 0.28));
            outline = outline.deriveColor(0, 1, 0.62, 1);
            g.fillRoundRect(x, y, side, side, arc, arc);
            g.setStroke(outline);
            g.setLineWidth(Math.max(1.5, side / 10));
            g.setLineDashes(Math.max(2, side / 6), Math.max(2, side / 8));
            double inset = g.getLineWidth() / 2;
            g.strokeRoundRect(x + inset, y + inset, side - 2 * inset, side - 2 * inset, arc, arc);
            g.setLineDashes();
            return;
        }
        boolean appStarting = m.kind() == TileKind.STARTING && m.phase().orElse(null) == PhaseKind.APP;
        g.setFill(appStarting ? fill.deriveColor(0, 1, 1, 0.45) : fill);
        g.fillRoundRect(x, y, side, side, arc, arc);
        if (ownOs && side >= 14 && m.kind() != TileKind.REFUSED) {
            // A VM carries its own guest OS: a band across the bottom of its tile, as in the stack diagram.
            double os = side * 0.3;
            g.setFill(FxColours.of(Palette.colourFor(LayerColourKey.GUEST_OS)).deriveColor(0, 1, 0.55, 1));
            g.fillRoundRect(x, y + side - os, side, os, arc, arc);
            g.setStroke(Color.WHITE);
            g.setLineWidth(1);
            g.strokeLine(x, y + side - os, x + side, y + side - os);
            if (side >= 44) {
                g.setFill(Color.WHITE);
                g.setFont(font(Math.min(13, side / 5) / scale(), true));
                g.setTextBaseline(VPos.CENTER);
                g.setTextAlign(TextAlignment.CENTER);
                g.fillText(node ? "node OS" : "guest OS", x + side / 2, y + side - os / 2, side);
                g.setTextAlign(TextAlignment.LEFT);
            }
        }
        if (m.kind() == TileKind.RUNNING && side >= 14) {
            g.setStroke(Color.WHITE);
            g.setLineWidth(Math.max(1.5, side / 12));
            double cx = x + side / 2;
            double cy = y + (ownOs ? side * 0.35 : side / 2);
            double r = side * 0.18;
            g.strokeLine(cx - r, cy, cx - r / 3, cy + r * 0.7);
            g.strokeLine(cx - r / 3, cy + r * 0.7, cx + r, cy - r * 0.6);
        } else if (m.kind() == TileKind.REFUSED || m.kind() == TileKind.FAILED) {
            g.setStroke(m.kind() == TileKind.FAILED ? Color.WHITE : Color.BLACK);
            g.setLineWidth(Math.max(1.5, side / 12));
            double i = side * 0.28;
            g.strokeLine(x + i, y + i, x + side - i, y + side - i);
            g.strokeLine(x + side - i, y + i, x + i, y + side - i);
        }
    }

    /** Thousands of instances: one strip per state, as wide as its share, in the tiles' colours. */
    private void drawHeatStrip(Pen g, List<InstanceMoment> moments, double x, double y, double width,
                               double height) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        Map<String, Color> colours = new java.util.HashMap<>();
        for (InstanceMoment m : moments) {
            if (!m.kind().visible()) {
                continue;
            }
            String key = m.kind() == TileKind.STARTING ? m.phase().map(PhaseKind::label).orElse("starting")
                    : m.kind().label();
            counts.merge(key, 1, Integer::sum);
            colours.putIfAbsent(key, m.kind() == TileKind.QUEUED ? TilePaint.outline(m) : TilePaint.fill(m));
        }
        double stripHeight = Math.min(height, 64 * scale());
        double stripY = y + (height - stripHeight) / 2;
        g.setStroke(muted());
        g.setLineWidth(1);
        g.strokeRect(x + 0.5, stripY + 0.5, width - 1, stripHeight - 1);
        double at = x;
        int total = moments.size();
        g.setFont(font(13, false));
        g.setTextBaseline(VPos.TOP);
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            double share = width * e.getValue() / Math.max(1, total);
            g.setFill(colours.get(e.getKey()));
            g.fillRect(at, stripY, share, stripHeight);
            if (share > 60) {
                g.setFill(FxColours.textOn(colours.get(e.getKey())));
                g.fillText(e.getValue() + " " + e.getKey(), at + 4, stripY + 4, share - 8);
            }
            at += share;
        }
        g.setFill(muted());
        g.fillText(total + " instances: too many for one tile each", x, stripY + stripHeight + 6, width);
    }

    private void drawGauge(Pen g, ArmTrack arm, ArmFrame frame, double x, double y, double width,
                           double height) {
        long capacity = 0;
        long os = 0;
        Map<MemoryGroup, Long> groups = new EnumMap<>(MemoryGroup.class);
        for (HostMemory host : frame.hosts()) {
            capacity += host.capacityBytes();
            os += host.hostOsBytes();
            for (Map.Entry<MemoryComponent, Long> e : host.components().entrySet()) {
                if (e.getKey() != MemoryComponent.PAGE_SHARING_SAVINGS) {
                    groups.merge(MemoryGroup.of(e.getKey()), e.getValue(), Long::sum);
                }
            }
        }
        long used = frame.hosts().stream().mapToLong(HostMemory::usedBytes).sum();
        long reserved = frame.hosts().stream().mapToLong(HostMemory::reservedBytes).sum();
        double barHeight = height * 0.45;
        double barY = y + height - barHeight;
        g.setTextBaseline(VPos.TOP);
        g.setFont(font(14, false));
        g.setFill(ink());
        g.fillText("memory reserved " + bytes(reserved) + ", in use " + bytes(used) + " of " + bytes(capacity), x, y,
                width);
        g.setFill(dark() ? Color.web("#161b22") : Color.web("#f6f8fa"));
        g.fillRoundRect(x, barY, width, barHeight, 6, 6);
        double scale = capacity == 0 ? 0 : width / capacity;
        // Reserved but not resident: hatched, so the gap between what is held and what is used shows.
        double reservedWidth = Math.min(width, reserved * scale);
        g.setStroke(muted());
        g.setLineWidth(1);
        for (double hx = x - barHeight; hx < x + reservedWidth; hx += 6) {
            double x0 = Math.max(x, hx);
            double x1 = Math.min(x + reservedWidth, hx + barHeight);
            if (x1 > x0) {
                g.strokeLine(x0, barY + barHeight - (x0 - hx), x1, barY + barHeight - (x1 - hx));
            }
        }
        double at = x;
        g.setFill(FxColours.of(Palette.colourFor(LayerColourKey.HOST_OS)).deriveColor(0, 1, 1, 0.6));
        g.fillRect(at, barY, os * scale, barHeight);
        at += os * scale;
        for (MemoryGroup group : MemoryGroup.values()) {
            Long bytes = groups.get(group);
            if (bytes == null || bytes <= 0 || group == MemoryGroup.SAVED_BY_PAGE_SHARING) {
                continue;
            }
            double w = Math.min(x + width - at, bytes * scale);
            g.setFill(FxColours.of(group.colour()));
            g.fillRect(at, barY, w, barHeight);
            at += w;
        }
        g.setStroke(ink());
        g.setLineWidth(2);
        g.strokeLine(x + reservedWidth, barY - 3, x + reservedWidth, barY + barHeight + 3);
        g.setStroke(ink());
        g.setLineWidth(1.5);
        g.strokeRoundRect(x + 0.75, barY + 0.75, width - 1.5, barHeight - 1.5, 6, 6);
    }

    private String hardwareLabel(ArmTrack arm) {
        List<HostSpec> specs = arm.hosts().stream().map(h -> h.spec()).toList();
        if (specs.isEmpty()) {
            return "Hardware";
        }
        HostSpec first = specs.get(0);
        String one = first.cores() + " cores · " + bytes(first.memory().bytes());
        return specs.size() == 1 ? "Hardware: " + one : "Hardware: " + specs.size() + " hosts × " + one;
    }

    private static String bandLabel(DiagramLayer.Band band) {
        return band.label();
    }

    private static String countersText(ArmFrame frame) {
        var c = frame.counts();
        StringBuilder text = new StringBuilder().append("ready ").append(c.ready()).append(" of ").append(c.total());
        if (c.starting() > 0) {
            text.append(" · starting ").append(c.starting());
        }
        if (c.queued() > 0) {
            text.append(" · queued ").append(c.queued());
        }
        if (c.refused() > 0) {
            text.append(" · refused ").append(c.refused());
        }
        if (c.failed() > 0) {
            text.append(" · failed ").append(c.failed());
        }
        return text.toString();
    }

    /** "61.2 GiB", "512 MiB": binary units, as the memory chart uses. */
    static String bytes(long b) {
        double gib = b / (1024.0 * 1024 * 1024);
        if (gib >= 10) {
            return String.format(Locale.ROOT, "%.0f GiB", gib);
        }
        if (gib >= 1) {
            return String.format(Locale.ROOT, "%.1f GiB", gib);
        }
        return String.format(Locale.ROOT, "%.0f MiB", b / (1024.0 * 1024));
    }


    Optional<ArmTrack> arm(int i) {
        return i < arms.size() ? Optional.of(arms.get(i)) : Optional.empty();
    }
}
