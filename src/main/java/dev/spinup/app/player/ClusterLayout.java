package dev.spinup.app.player;

import java.util.ArrayList;
import java.util.List;

/**
 * Where one cluster's parts go in its column: the scheduler's queue down the left, the nodes as boxes in the grid
 * that gives their pods the largest tiles, each box with room for the most pods a node held at once; and which
 * node, pod place or queue place a point is over (hover).
 *
 * @param queue the scheduler's queue: its box and the tiles of the pods waiting in it
 * @param boxes one per node, in node order
 */
public record ClusterLayout(Box queue, TileGrid queueTiles, List<NodeBox> boxes) {

    /** A rectangle. */
    public record Box(double x, double y, double width, double height) {
        public boolean contains(double px, double py) {
            return px >= x && py >= y && px < x + width && py < y + height;
        }
    }

    /** One node's box and the tiles of its pods. */
    public record NodeBox(Box box, TileGrid pods) {
    }

    /** What a point is over: a node's box (and a pod place in it, or −1), the queue (and a place), or nothing. */
    public record Hit(int node, boolean queue, int place) {
        public static final Hit NOTHING = new Hit(-1, false, -1);
    }

    /**
     * @param header the height of a node box's own header (its name and fill), and of the queue's
     * @param narrowest the narrowest a box may be (its header must stay readable), unless one column is narrower
     */
    public static ClusterLayout fit(double x, double y, double width, double height, int nodes, int podsPerNode,
                                    int queuePlaces, double header, double narrowest) {
        double gap = 10;
        double queueWidth = Math.max(120, Math.min(240, width * 0.17));
        double gridX = x + queueWidth + gap;
        double gridWidth = width - queueWidth - gap;
        int slots = Math.max(1, podsPerNode);
        int bestColumns = 1;
        double bestTile = -1;
        for (int columns = 1; columns <= Math.max(1, nodes); columns++) {
            int rows = (nodes + columns - 1) / columns;
            double w = (gridWidth - (columns - 1) * gap) / columns;
            if (columns > 1 && w < narrowest) {
                break;
            }
            double h = (height - (rows - 1) * gap) / Math.max(1, rows);
            double tile = TileGrid.fit(0, 0, w - 12, h - header - 6, slots).tile();
            if (tile > bestTile) {
                bestTile = tile;
                bestColumns = columns;
            }
        }
        int rows = nodes == 0 ? 1 : (nodes + bestColumns - 1) / bestColumns;
        double w = (gridWidth - (bestColumns - 1) * gap) / bestColumns;
        double most = (height - (rows - 1) * gap) / rows;
        TileGrid sample = TileGrid.fit(0, 0, w - 12, most - header - 6, slots);
        int podRows = (slots + sample.columns() - 1) / sample.columns();
        // as tall as its pods need: boxes fill from the top, the pods in reading order under the header
        double h = Math.min(most, header + podRows * sample.tile() + 6);
        List<NodeBox> boxes = new ArrayList<>(nodes);
        for (int i = 0; i < nodes; i++) {
            double bx = gridX + (i % bestColumns) * (w + gap);
            double by = y + (i / bestColumns) * (h + gap);
            TileGrid fit = TileGrid.fit(bx + 6, by + header, w - 12, h - header - 6, slots);
            TileGrid top = new TileGrid(fit.x(), by + header, fit.width(), fit.height(), fit.count(), fit.columns(),
                    fit.tile(), fit.gap());
            boxes.add(new NodeBox(new Box(bx, by, w, h), top));
        }
        double gridHeight = rows * (h + gap) - gap;
        double queueHeight = Math.min(height, Math.max(gridHeight, header * 5));
        Box queue = new Box(x, y, queueWidth, queueHeight);
        TileGrid fit = TileGrid.fit(x + 6, y + header, queueWidth - 12, queueHeight - header - 6,
                Math.max(1, queuePlaces));
        TileGrid queueTiles = new TileGrid(fit.x(), y + header, fit.width(), fit.height(), fit.count(), fit.columns(),
                fit.tile(), fit.gap());
        return new ClusterLayout(queue, queueTiles, List.copyOf(boxes));
    }

    public Hit at(double px, double py) {
        if (queue.contains(px, py)) {
            return new Hit(-1, true, queueTiles.indexAt(px, py));
        }
        for (int i = 0; i < boxes.size(); i++) {
            NodeBox box = boxes.get(i);
            if (box.box().contains(px, py)) {
                return new Hit(i, false, box.pods().indexAt(px, py));
            }
        }
        return Hit.NOTHING;
    }
}
