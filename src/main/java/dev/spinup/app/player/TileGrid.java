package dev.spinup.app.player;

/**
 * Where the tiles of one column go: the largest square tile (with a gap) that fits {@code count} tiles into an
 * area, row by row, the block centred across the area and resting on its bottom (the instances stand on the
 * layers they share, as in the stack diagram), and which tile a point is over. Below {@link #SMALLEST_TILE} pixels tiles
 * are unreadable, and the column shows a heat strip instead ({@link #heatStrip()}).
 */
public record TileGrid(double x, double y, double width, double height, int count, int columns, double tile,
                       double gap) {

    /** The smallest tile drawn as a tile, in pixels; below it the column becomes a heat strip. */
    public static final double SMALLEST_TILE = 5;
    /** The largest tile, so two VMs do not fill a projector screen. */
    public static final double LARGEST_TILE = 240;

    /** The best grid for {@code count} tiles in the given area. */
    public static TileGrid fit(double x, double y, double width, double height, int count) {
        if (count <= 0 || width <= 0 || height <= 0) {
            return new TileGrid(x, y, Math.max(0, width), Math.max(0, height), 0, 1, 0, 0);
        }
        double best = 0;
        int bestColumns = 1;
        for (int columns = 1; columns <= count; columns++) {
            int rows = (count + columns - 1) / columns;
            double size = Math.min(width / columns, height / rows);
            if (size > best) {
                best = size;
                bestColumns = columns;
            }
            if (width / columns < best) {
                break;
            }
        }
        double cell = Math.min(best, LARGEST_TILE);
        double gap = Math.max(1, Math.floor(cell * 0.12));
        int rows = (count + bestColumns - 1) / bestColumns;
        double left = x + Math.max(0, (width - bestColumns * cell + gap) / 2);
        double top = y + Math.max(0, height - rows * cell + gap);
        return new TileGrid(left, top, width, height, count, bestColumns, cell, gap);
    }

    public boolean heatStrip() {
        return count > 0 && tile - gap < SMALLEST_TILE;
    }

    /** Left edge of tile {@code i}. */
    public double tileX(int i) {
        return x + (i % columns) * tile;
    }

    /** Top edge of tile {@code i}. */
    public double tileY(int i) {
        return y + (i / columns) * tile;
    }

    /** The side of a tile without its gap. */
    public double side() {
        return Math.max(0, tile - gap);
    }

    /** The tile under the point, or -1. */
    public int indexAt(double px, double py) {
        if (count == 0 || heatStrip() || px < x || py < y) {
            return -1;
        }
        int column = (int) ((px - x) / tile);
        int row = (int) ((py - y) / tile);
        if (column >= columns) {
            return -1;
        }
        double inX = px - x - column * tile;
        double inY = py - y - row * tile;
        if (inX > side() || inY > side()) {
            return -1;
        }
        int index = row * columns + column;
        return index < count ? index : -1;
    }
}
