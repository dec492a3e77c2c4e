package dev.spinup.model.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.model.DataSize;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageTest {

    private static final Image DEBIAN = Image.builder("debian:12")
            .layer("ADD rootfs.tar.xz /", DataSize.ofMB(48), DataSize.ofMB(117)).build();

    @Test
    void digestsAreSha256OfTheLayersHistoryAndRepeatable() {
        Image again = Image.builder("debian:12").layer("ADD rootfs.tar.xz /", DataSize.ofMB(48), DataSize.ofMB(117))
                .build();
        assertEquals(DEBIAN, again);
        String digest = DEBIAN.layers().get(0).digest();
        assertTrue(digest.matches("sha256:[0-9a-f]{64}"), digest);
        assertEquals(digest.substring(7, 19), DEBIAN.layers().get(0).shortId());

        Image nginx = Image.builder("nginx:1.27", DEBIAN).layer("RUN apt-get install nginx", DataSize.ofMB(25),
                DataSize.ofMB(60)).build();
        Image scratchNginx = Image.builder("nginx:scratch").layer("RUN apt-get install nginx", DataSize.ofMB(25),
                DataSize.ofMB(60)).build();
        assertNotEquals(nginx.layers().get(1).digest(), scratchNginx.layers().get(0).digest(),
                "the same instruction on another parent is other content");
        assertNotEquals(ContentDigest.of("ab", "c"), ContentDigest.of("a", "bc"));
    }

    @Test
    void imagesBuiltOnOneBaseShareItsLayersAndAddUpTheirSizes() {
        Image nginx = Image.builder("nginx:1.27", DEBIAN)
                .layer("RUN apt-get install nginx", DataSize.ofMB(25), DataSize.ofMB(60))
                .layer("COPY nginx.conf", "conf-v1", DataSize.ofBytes(2_000), DataSize.ofBytes(4_000)).build();
        Image redis = Image.builder("redis:7", DEBIAN)
                .layer("RUN apt-get install redis", DataSize.ofMB(12), DataSize.ofMB(30)).build();

        assertEquals(DEBIAN.layers(), nginx.sharedLayersWith(redis));
        assertEquals(DEBIAN.layers(), redis.sharedLayersWith(nginx));
        assertEquals(List.of(), nginx.sharedLayersWith(Image.builder("other").layer("ADD x", DataSize.ofMB(1),
                DataSize.ofMB(1)).build()));
        assertEquals(DataSize.ofMB(48).plus(DataSize.ofMB(25)).plus(DataSize.ofBytes(2_000)), nginx.compressedSize());
        assertEquals(DataSize.ofMB(117).plus(DataSize.ofMB(60)).plus(DataSize.ofBytes(4_000)), nginx.uncompressedSize());
        assertEquals(3, nginx.layerCount());
        assertEquals(nginx.layers().get(2).digest(), nginx.topDigest().orElseThrow());
    }

    @Test
    void malformedImagesAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new ImageLayer("sha256:nothex", DataSize.ZERO, DataSize.ZERO, "x"));
        assertThrows(IllegalArgumentException.class, () -> new Image(" ", List.of()));
        ImageLayer layer = DEBIAN.layers().get(0);
        assertThrows(IllegalArgumentException.class, () -> new Image("twice", List.of(layer, layer)));
    }
}
