package dev.spinup.app.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Tiles stay inside their area, never overlap, and the point at a tile's centre finds that tile. */
class TileGridTest {

    @Property(tries = 300)
    void tilesFitTheAreaAndHitTestingFindsEachTile(@ForAll @IntRange(min = 1, max = 3000) int count,
                                                  @ForAll @DoubleRange(min = 120, max = 1900) double width,
                                                  @ForAll @DoubleRange(min = 90, max = 900) double height) {
        TileGrid grid = TileGrid.fit(10, 20, width, height, count);
        if (grid.heatStrip()) {
            assertEquals(-1, grid.indexAt(10 + width / 2, 20 + height / 2));
            return;
        }
        for (int i = 0; i < count; i += Math.max(1, count / 50)) {
            double x = grid.tileX(i);
            double y = grid.tileY(i);
            assertTrue(x >= 10 - 1e-9 && x + grid.side() <= 10 + width + 1e-6, "x of " + i);
            assertTrue(y >= 20 - 1e-9 && y + grid.side() <= 20 + height + 1e-6, "y of " + i);
            assertEquals(i, grid.indexAt(x + grid.side() / 2, y + grid.side() / 2));
        }
        assertTrue(grid.tile() <= TileGrid.LARGEST_TILE);
    }

    @Property(tries = 100)
    void manyInstancesInASmallAreaBecomeAHeatStrip(@ForAll @IntRange(min = 20_000, max = 100_000) int count) {
        TileGrid grid = TileGrid.fit(0, 0, 600, 300, count);
        assertTrue(grid.heatStrip());
        assertFalse(TileGrid.fit(0, 0, 600, 300, 100).heatStrip());
    }
}
